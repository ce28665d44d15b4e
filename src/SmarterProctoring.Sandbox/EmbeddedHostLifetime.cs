using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// Replaces the default console lifetime. The sandbox runs inside someone else's process (a test run, a CLI), so it
/// must not take over Ctrl+C or SIGTERM: the console lifetime would cancel the signal to stop only the sandbox,
/// leaving the host process running. Stopping the sandbox is its owner's job, through
/// <see cref="SmarterProctoringSandbox.DisposeAsync"/>.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
