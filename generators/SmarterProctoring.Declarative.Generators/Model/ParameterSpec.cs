namespace SmarterProctoring.Declarative.Generators.Model;

/// <summary>One parameter of a declared call and where its value goes.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Type">The fully qualified type, with its nullable annotation.</param>
/// <param name="Binding">Where the value goes in the request.</param>
/// <param name="ValueKind">How the value is turned into text (path, query and header values).</param>
/// <param name="IsNullable">True when the declaration admits null.</param>
/// <param name="Key">The query key or header name; null for other bindings.</param>
/// <param name="SidPrefix">The <c>[Sid]</c> prefix, or null.</param>
/// <param name="JsonMember">For a body, the generated member that holds its JSON metadata.</param>
/// <param name="SidProperties">For a body, its <c>[Sid]</c>-constrained properties.</param>
/// <param name="Modifier">The parameter's <c>ref</c>, <c>out</c> or <c>in</c> modifier with a trailing space, or empty.</param>
/// <param name="IsContentHeader">For a header, true when it describes the body (<c>Content-Type</c>…) and goes on the content.</param>
/// <param name="Format">The declared <c>Format</c> of a path, query or header value, or null for the default form.</param>
/// <param name="EnumText">For an enum value (or collection of them) written as JSON names, the names; else null.</param>
/// <param name="NestedSids">For a body, its members holding objects (or collections of them) with SIDs to check.</param>
/// <param name="SidTypes">For a body, every class reached from it whose SIDs are checked, each with a helper.</param>
internal sealed record ParameterSpec(
    string Name,
    string Type,
    ParameterBinding Binding,
    ValueKind ValueKind,
    bool IsNullable,
    string? Key,
    string? SidPrefix,
    string? JsonMember,
    EquatableArray<SidPropertySpec> SidProperties,
    string Modifier = "",
    bool IsContentHeader = false,
    string? Format = null,
    EnumTextSpec? EnumText = null,
    EquatableArray<SidNestedSpec> NestedSids = default,
    EquatableArray<SidTypeSpec> SidTypes = default);

/// <summary>Where a parameter's value goes.</summary>
internal enum ParameterBinding
{
    Path,
    Query,
    Header,
    Body,
    CancellationToken,
    Unbound,
}

/// <summary>How a path, query or header value becomes text.</summary>
internal enum ValueKind
{
    /// <summary>Not a path, query or header value, or a type that cannot be sent as one.</summary>
    None,
    String,
    Boolean,

    /// <summary>A value type that implements <c>IFormattable</c> (numbers, <c>Guid</c>, dates, enums).</summary>
    Formattable,
    StringCollection,
    FormattableCollection,
}

/// <summary>A property of a body type constrained by <c>[Sid]</c>: one string, or each string of a collection.</summary>
internal sealed record SidPropertySpec(string Name, string Prefix, bool IsCollection);

/// <summary>A property holding an object, or a collection of objects, of a class whose SIDs are checked.</summary>
internal sealed record SidNestedSpec(string Name, string TypeName, bool IsCollection);

/// <summary>A class reached from a body whose SIDs (its own, or deeper) are checked: its SID properties and its nested ones.</summary>
internal sealed record SidTypeSpec(string TypeName, EquatableArray<SidPropertySpec> Properties, EquatableArray<SidNestedSpec> Nested);

/// <summary>An enum whose JSON names are not all its C# names: each member and the name System.Text.Json writes.</summary>
internal sealed record EnumTextSpec(string TypeName, EquatableArray<EnumNameSpec> Names, bool IsFlags);

/// <summary>One enum member and its JSON name.</summary>
internal sealed record EnumNameSpec(string Member, string JsonName);
