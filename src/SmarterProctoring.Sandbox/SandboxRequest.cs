using System;
using System.Collections.Generic;
using System.Threading;

namespace SmarterProctoring.Sandbox;

/// <summary>A request the sandbox received, as <see cref="SmarterProctoringSandbox.RecentRequests"/> lists it.</summary>
/// <param name="Method">The request method.</param>
/// <param name="Target">The request target exactly as sent: the path and query, still percent-encoded.</param>
/// <param name="ReceivedAt">When it arrived, by the sandbox's clock (<see cref="SmarterProctoringSandboxOptions.TimeProvider"/>).</param>
/// <param name="Fault">The fault applied to it; null when it was served normally.</param>
public sealed record SandboxRequest(string Method, string Target, DateTimeOffset ReceivedAt, Fault? Fault);

/// <summary>The last <see cref="Capacity"/> requests, oldest first; older ones are dropped so a load test stays bounded.</summary>
internal sealed class RequestLog
{
    public const int Capacity = 1000;

    private readonly Queue<SandboxRequest> _requests = new(Capacity);
    private readonly Lock _lock = new();

    public void Add(SandboxRequest request)
    {
        lock (_lock)
        {
            if (_requests.Count == Capacity)
            {
                _requests.Dequeue();
            }

            _requests.Enqueue(request);
        }
    }

    public IReadOnlyList<SandboxRequest> Snapshot()
    {
        lock (_lock)
        {
            return [.. _requests];
        }
    }
}
