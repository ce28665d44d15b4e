using System;
using System.Globalization;

namespace SmarterProctoring.Client;

/// <summary>
/// How <see cref="SmarterProctoringResilienceExtensions.AddSmarterProctoringResilience"/> retries and times out calls.
/// Whatever is set here, only calls that are safe to repeat are retried: GET, PUT and DELETE, and a POST or PATCH
/// whose method is marked <c>[Idempotent]</c>.
/// </summary>
public sealed class SmarterProctoringResilienceOptions
{
    /// <summary>How many times a failed call is retried; 3 unless set, 0 for none (the timeouts still apply).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>
    /// The delay before the first retry, doubled for each further one, with random jitter; 2 seconds unless set.
    /// A <c>Retry-After</c> header on the answer replaces it.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits out; 15 seconds unless set. An answer asking for a longer wait
    /// is not retried: it reaches the caller as an <see cref="SmarterProctoring.Declarative.ApiException"/> whose
    /// <see cref="SmarterProctoring.Declarative.ApiException.Headers"/> carry the <c>Retry-After</c>.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one attempt may wait for the response headers; 10 seconds unless set.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long all attempts and the waits between them may take, until the response headers of the last one;
    /// 30 seconds unless set. It must be longer than <see cref="AttemptTimeout"/>.
    /// <see cref="SmarterProctoringClientOptions.Timeout"/> still bounds the whole call, body included.
    /// </summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public override string ToString() =>
        "SmarterProctoringResilienceOptions { MaxRetryAttempts = " + MaxRetryAttempts.ToString(CultureInfo.InvariantCulture)
        + ", RetryDelay = " + Format(RetryDelay) + ", MaxRetryAfter = " + Format(MaxRetryAfter)
        + ", AttemptTimeout = " + Format(AttemptTimeout) + ", TotalRequestTimeout = " + Format(TotalRequestTimeout) + " }";

    /// <summary>Throws when the settings cannot work together, naming the setting to change.</summary>
    internal void Validate()
    {
        if (MaxRetryAttempts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), MaxRetryAttempts, "MaxRetryAttempts cannot be negative.");
        }

        ThrowIfOutOfRange(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ThrowIfOutOfRange(MaxRetryAfter, TimeSpan.Zero, nameof(MaxRetryAfter));
        ThrowIfOutOfRange(AttemptTimeout, TimeSpan.FromMilliseconds(10), nameof(AttemptTimeout));
        ThrowIfOutOfRange(TotalRequestTimeout, TimeSpan.FromMilliseconds(10), nameof(TotalRequestTimeout));
        if (TotalRequestTimeout <= AttemptTimeout)
        {
            throw new ArgumentException(
                "TotalRequestTimeout (" + Format(TotalRequestTimeout) + ") must be longer than AttemptTimeout ("
                + Format(AttemptTimeout) + "), or no attempt could be retried.",
                nameof(TotalRequestTimeout));
        }
    }

    internal static string Format(TimeSpan value) => value.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s";

    private static void ThrowIfOutOfRange(TimeSpan value, TimeSpan minimum, string name)
    {
        if (value < minimum || value > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(
                name, value, name + " must be between " + Format(minimum) + " and one day.");
        }
    }
}
