using System.Threading;

namespace SmarterProctoring.Declarative.Runtime;

/// <summary>
/// The one token an enumerated call runs under: the method's own token and the one given to
/// <c>GetAsyncEnumerator</c> (<c>WithCancellation</c>) both cancel it. A linked source is made only when both can cancel.
/// </summary>
internal static class EnumerationTokens
{
    /// <summary>The combined token; the source to dispose when the enumeration ends, or null when none was needed.</summary>
    public static CancellationTokenSource? Link(CancellationToken call, CancellationToken enumerator, out CancellationToken token)
    {
        if (!enumerator.CanBeCanceled || enumerator == call)
        {
            token = call;
            return null;
        }

        if (!call.CanBeCanceled)
        {
            token = enumerator;
            return null;
        }

        CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(call, enumerator);
        token = linked.Token;
        return linked;
    }
}
