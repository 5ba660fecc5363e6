// Entry of the root action (runs.using: node24, so the runner's own Node runs it and the host needs
// none on PATH): its `command` input picks the committed bundle's `phoenix gh <command>`, which
// reads the other inputs from INPUT_*. A missing or unknown command is refused there, by name.
const command = (process.env.INPUT_COMMAND ?? '').trim();
process.argv.splice(2, process.argv.length, 'gh', ...(command ? [command] : []));
await import('../dist/index.js');
