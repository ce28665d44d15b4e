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
}
