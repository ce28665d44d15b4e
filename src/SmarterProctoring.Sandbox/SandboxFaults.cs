using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// The faults waiting to be applied to the sandbox's next requests (<see cref="SmarterProctoringSandbox.Faults"/>).
/// Each request takes the first queued fault whose method matches and that has uses left; a request that matches
/// none is served normally. Faults apply to every path, the test endpoints included.
/// </summary>
public sealed class SandboxFaults
{
    private readonly List<SandboxFaultRegistration> _queue = [];
    private readonly Lock _lock = new();

    internal SandboxFaults()
    {
    }

    /// <summary>How many uses are left across the queued faults.</summary>
    public int Pending
    {
        get
        {
            lock (_lock)
            {
                int pending = 0;
                foreach (SandboxFaultRegistration registration in _queue)
                {
                    pending += registration.Remaining;
                }

                return pending;
            }
        }
    }

    /// <summary>Queues <paramref name="fault"/> for the next <paramref name="times"/> requests that match <paramref name="method"/>.</summary>
    /// <param name="fault">What to do to those requests.</param>
    /// <param name="times">How many requests it applies to; 1 unless set.</param>
    /// <param name="method">Only requests with this method (<c>GET</c>, <c>PUT</c>…); any method when null.</param>
    /// <returns>A handle that says when the fault was first applied and how many uses are left.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is not positive.</exception>
    public SandboxFaultRegistration Enqueue(Fault fault, int times = 1, string? method = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        var registration = new SandboxFaultRegistration(fault, times, method);
        lock (_lock)
        {
            _queue.Add(registration);
        }

        return registration;
    }

    /// <summary>Drops every queued fault.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _queue.Clear();
        }
    }

    /// <summary>Takes one use of the first queued fault that matches <paramref name="method"/>, if any.</summary>
    internal SandboxFaultRegistration? Take(string method)
    {
        lock (_lock)
        {
            for (int i = 0; i < _queue.Count; i++)
            {
                SandboxFaultRegistration registration = _queue[i];
                if (registration.Method is not null && !HttpMethods.Equals(registration.Method, method))
                {
                    continue;
                }

                if (registration.TakeOne() == 0)
                {
                    _queue.RemoveAt(i);
                }

                return registration;
            }

            return null;
        }
    }
}

/// <summary>A fault queued with <see cref="SandboxFaults.Enqueue"/>.</summary>
public sealed class SandboxFaultRegistration
{
    private readonly TaskCompletionSource _applied = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining;

    internal SandboxFaultRegistration(Fault fault, int times, string? method)
    {
        Fault = fault;
        Method = method;
        _remaining = times;
    }

    /// <summary>The fault.</summary>
    public Fault Fault { get; }

    /// <summary>The method it is limited to; null for any.</summary>
    public string? Method { get; }

    /// <summary>How many more requests it will be applied to.</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    /// <summary>
    /// Completes when the fault first takes effect: for <see cref="FaultKind.DelayHeaders"/> and
    /// <see cref="FaultKind.StallBody"/> when the wait begins (the request is then held), for the others when the
    /// answer starts or the connection closes. Tests await it to act at a known moment, such as cancelling a call
    /// that is waiting for its headers.
    /// </summary>
    public Task Applied => _applied.Task;

    internal int TakeOne() => Interlocked.Decrement(ref _remaining);

    internal void MarkApplied() => _applied.TrySetResult();
}
