using System;

namespace SmarterProctoring.Sandbox;

/// <summary>Options for <see cref="SmarterProctoringSandbox.StartAsync"/>.</summary>
public sealed class SmarterProctoringSandboxOptions
{
    /// <summary>
    /// The only value of the <c>token</c> header the sandbox accepts. When <see langword="null"/> (the default) each
    /// sandbox makes up its own random token, so a token can never work against a sandbox it was not issued by.
    /// </summary>
    public string? Token { get; init; }

    /// <summary>
    /// The clock behind <c>createdDate</c> and <c>editDate</c>. When <see langword="null"/> (the default),
    /// <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>
    /// Serves two endpoints that are not part of the SmarterProctoring API, as aids for client tests; off unless set.
    /// <c>GET /v1/echo/{…}</c> answers <c>{"target":"…","segments":["…"],"query":[{"name":"…","value":"…"}]}</c>: the
    /// request target exactly as sent, and the path segments after <c>/v1/echo/</c> and the query pairs, each
    /// percent-decoded, for tests that check what a client put in a URI. <c>/v1/test/calls</c> counts
    /// <c>POST</c>, <c>PUT</c>, <c>PATCH</c> and <c>DELETE</c> calls (<see cref="SmarterProctoringSandbox.TestCallCount"/>)
    /// and answers <c>{"count":N,"method":"…"}</c>, for tests of which calls a client repeats. Both require the token.
    /// </summary>
    public bool EnableTestEndpoints { get; init; }
}
