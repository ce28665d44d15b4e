using System;
using System.ComponentModel;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// The <c>[Timeout]</c> of a generated call: one source that the caller's token cancels and that cancels itself
/// after the timeout, and the exception a call that ran out throws. Called by generated code; not meant to be called
/// by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CallTimeout
{
    /// <summary>A source cancelled by <paramref name="cancellationToken"/> or after <paramref name="milliseconds"/>.</summary>
    public static CancellationTokenSource Start(int milliseconds, CancellationToken cancellationToken)
    {
        CancellationTokenSource source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(milliseconds);
        return source;
    }

    /// <summary>True when the call was cancelled by its timeout, not by the caller.</summary>
    public static bool HasExpired(CancellationTokenSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
    }

    /// <summary>What a call that ran out of time throws, as <c>HttpClient.Timeout</c> does: a cancellation caused by a timeout.</summary>
    public static TaskCanceledException Exceeded(OperationCanceledException exception, string method, string routeTemplate, int milliseconds)
    {
        string message = method + " " + routeTemplate + " did not complete within its [Timeout] of "
            + (milliseconds / 1000.0).ToString("0.###", CultureInfo.InvariantCulture) + " s.";
        return new TaskCanceledException(message, new TimeoutException(message, exception));
    }
}
