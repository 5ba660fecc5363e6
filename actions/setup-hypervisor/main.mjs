// Entry of the setup-hypervisor action (runs.using: node24, so the runner's own Node runs it and the host
// needs none on PATH): the committed bundle's `phoenix gh setup-hypervisor`, reading its inputs from INPUT_*.
process.argv.splice(2, process.argv.length, 'gh', 'setup-hypervisor');
await import('../../dist/index.js');
