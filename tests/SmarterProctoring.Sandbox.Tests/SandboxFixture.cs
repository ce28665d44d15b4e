using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Sandbox.Tests;

/// <summary>One sandbox shared by a test class whose tests do not depend on what the others store.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public SmarterProctoringSandbox Sandbox { get; private set; } = null!;

    internal SandboxClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await SmarterProctoringSandbox.StartAsync();
        Client = new SandboxClient(Sandbox);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Sandbox.DisposeAsync();
    }
}
