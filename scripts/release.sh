#!/usr/bin/env bash
# Cuts a release of the Phoenix actions: scripts/release.sh vX.Y.Z [--push] [--remote NAME]
# (docs/releasing.md).
#
# 1. Refuses unless the working tree is clean, HEAD is on a branch (main by default), and the tag
#    does not exist yet.
# 2. Runs the checks CI runs (lint, typecheck, tests) and rebuilds dist/ and the generated docs;
#    a rebuild that differs from what is committed is committed as "vX.Y.Z: rebuilt dist".
# 3. Tags that commit `vX.Y.Z` (annotated) and moves the major tag (`v1`) to it, unless a higher
#    release of that major already exists.
# 4. With --push, pushes the branch, the new tag and the moved major tag (forced) to the remote.
# 5. Prints the commit SHA users pin (`uses: <owner>/phoenix/actions/validate@<sha> # vX.Y.Z`).
#
# For a dry run in a scratch clone, RELEASE_CHECK and RELEASE_BUILD replace the check and build
# commands, and RELEASE_BRANCH the branch releases are cut from.
set -euo pipefail

usage() {
  echo "usage: scripts/release.sh vX.Y.Z [--push] [--remote NAME]" >&2
  exit 2
}

version=""
push=0
remote=origin
while [ $# -gt 0 ]; do
  case "$1" in
    --push) push=1 ;;
    --remote)
      [ $# -ge 2 ] || usage
      remote=$2
      shift
      ;;
    -h | --help) usage ;;
    v*) version=$1 ;;
    *) usage ;;
  esac
  shift
done
[ -n "$version" ] || usage
if ! [[ "$version" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "release: '$version' is not vMAJOR.MINOR.PATCH (e.g. v1.0.0)" >&2
  exit 2
fi
major="v${BASH_REMATCH[1]}"

check_cmd=${RELEASE_CHECK:-"npm run lint && npm run typecheck && npm test"}
build_cmd=${RELEASE_BUILD:-"npm run build"}
branch_wanted=${RELEASE_BRANCH:-main}

cd "$(git rev-parse --show-toplevel)"

fail() {
  echo "release: $*" >&2
  exit 1
}

branch=$(git symbolic-ref --quiet --short HEAD) || fail "HEAD is detached; check out $branch_wanted first"
[ "$branch" = "$branch_wanted" ] || fail "on branch '$branch'; releases are cut from '$branch_wanted'"
[ -z "$(git status --porcelain)" ] || {
  git status --short >&2
  fail "the working tree is not clean; commit or stash first"
}
if git rev-parse -q --verify "refs/tags/$version" >/dev/null; then
  fail "tag $version exists already (at $(git rev-parse --short "$version^{commit}"))"
fi

echo "release: checking ($check_cmd)"
bash -c "$check_cmd" || fail "the checks failed; nothing was tagged"

echo "release: rebuilding dist/ ($build_cmd)"
bash -c "$build_cmd" || fail "the build failed; nothing was tagged"
if [ -n "$(git status --porcelain)" ]; then
  for d in dist docs; do
    [ ! -e "$d" ] || git add -A -- "$d"
  done
  # Anything left unstaged or untracked lies outside dist/ and docs/.
  if ! git diff --quiet || [ -n "$(git ls-files --others --exclude-standard)" ]; then
    git status --short >&2
    fail "the build changed files outside dist/ and docs/; nothing was tagged"
  fi
  git commit -q -m "$version: rebuilt dist"
  echo "release: committed the rebuilt dist/ as $(git rev-parse --short HEAD)"
fi

sha=$(git rev-parse HEAD)
git tag -a "$version" -m "Phoenix $version" "$sha"
# The major tag follows the highest release of its major, so a patch of an older line does not
# pull it back.
highest=$(git tag -l "$major.*" --sort=-v:refname | grep -E "^$major\.[0-9]+\.[0-9]+$" | head -n 1)
if [ "$highest" = "$version" ]; then
  git tag -f -a "$major" -m "Phoenix $major (= $version)" "$sha" >/dev/null
  moved=1
else
  echo "release: $major stays at $highest (higher than $version)"
  moved=0
fi

if [ "$push" = 1 ]; then
  git push "$remote" "$branch"
  git push "$remote" "refs/tags/$version"
  [ "$moved" = 0 ] || git push --force "$remote" "refs/tags/$major"
else
  echo "release: not pushed; to publish:"
  echo "  git push $remote $branch && git push $remote refs/tags/$version$([ "$moved" = 0 ] || echo " && git push --force $remote refs/tags/$major")"
fi

echo "release: $version is commit $sha"
echo "Pin it in workflows as:"
echo "  uses: <owner>/phoenix/actions/validate@$sha # $version"
