using System.Threading;
using Microsoft.AspNetCore.Connections;

namespace SmarterProctoring.Sandbox;

/// <summary>Counts the connections the sandbox accepts and how many are open, as connection middleware.</summary>
internal sealed class ConnectionCounter
{
    private long _accepted;
    private int _open;

    public long Accepted => Interlocked.Read(ref _accepted);

    public int Open => Volatile.Read(ref _open);

    public ConnectionDelegate Track(ConnectionDelegate next) => async connection =>
    {
        Interlocked.Increment(ref _accepted);
        Interlocked.Increment(ref _open);
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    };
}
