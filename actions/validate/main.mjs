// Entry of the validate action (runs.using: node24, so the runner's own Node runs it and the host
// needs none on PATH): the committed bundle's `phoenix gh validate`, reading its inputs from INPUT_*.
process.argv.splice(2, process.argv.length, 'gh', 'validate');
await import('../../dist/index.js');
