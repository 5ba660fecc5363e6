// Entry of the plan action (runs.using: node24, so the runner's own Node runs it and the host
// needs none on PATH): the committed bundle's `phoenix gh plan`, reading its inputs from INPUT_*.
process.argv.splice(2, process.argv.length, 'gh', 'plan');
await import('../../dist/index.js');
