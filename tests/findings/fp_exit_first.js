// The async call's promise rejects, nothing handles it, and the process
// exits before node would notice.
async function sendMetrics() {
  throw new Error('metrics endpoint down');
}
sendMetrics();
process.exit(0);
