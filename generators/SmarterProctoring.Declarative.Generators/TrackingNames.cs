namespace SmarterProctoring.Declarative.Generators;

/// <summary>Names of the tracked pipeline steps, used by the incremental-cache tests.</summary>
internal static class TrackingNames
{
    /// <summary>The one parse of each interface: its model and its problems.</summary>
    public const string InterfaceResult = nameof(InterfaceResult);

    /// <summary>The models of the interfaces that can be written.</summary>
    public const string InterfaceSpec = nameof(InterfaceSpec);

    /// <summary>The problems of the interfaces that have any.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
