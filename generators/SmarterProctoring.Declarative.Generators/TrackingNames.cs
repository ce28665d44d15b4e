namespace SmarterProctoring.Declarative.Generators;

/// <summary>Names of the tracked pipeline steps, used by the incremental-cache tests.</summary>
internal static class TrackingNames
{
    /// <summary>The interface model built from the first verb-attributed method of each interface.</summary>
    public const string InterfaceSpec = nameof(InterfaceSpec);

    /// <summary>The same models with the skipped (null) ones removed.</summary>
    public const string ValidInterfaceSpec = nameof(ValidInterfaceSpec);
}
