// Entry of the apply action (runs.using: node24, so the runner's own Node runs it and the host
// needs none on PATH): the committed bundle's `phoenix gh apply`, reading its inputs from INPUT_*.
process.argv.splice(2, process.argv.length, 'gh', 'apply');
await import('../../dist/index.js');
