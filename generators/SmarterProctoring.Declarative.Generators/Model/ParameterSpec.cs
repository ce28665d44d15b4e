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
/// <param name="Members">For a query object or form object, its members as they are sent.</param>
/// <param name="CollectionFormat">For a query collection, how it is written (a <c>QueryCollectionFormat</c> value).</param>
/// <param name="EscapedPrefix">For a query object or map, the escaped name its members' names start with (and a dot), or empty.</param>
/// <param name="IsValueType">True when the type is a value type (a struct, or a nullable one).</param>
/// <param name="PartKind">For a part of a <c>[Multipart]</c> body, what it sends (its name is <paramref name="Key"/>).</param>
/// <param name="FileName">For a part, its declared file name, or null for the default.</param>
/// <param name="ContentType">For a part, its declared media type, or null for the default.</param>
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
    EquatableArray<SidTypeSpec> SidTypes = default,
    EquatableArray<QueryMemberSpec> Members = default,
    int CollectionFormat = 0,
    string EscapedPrefix = "",
    bool IsValueType = false,
    PartKind PartKind = PartKind.None,
    string? FileName = null,
    string? ContentType = null);

/// <summary>Where a parameter's value goes.</summary>
internal enum ParameterBinding
{
    Path,
    Query,
    Header,
    Body,

    /// <summary>An <c>application/x-www-form-urlencoded</c> body: an object flattened, or name/value pairs.</summary>
    Form,

    /// <summary>Name/value pairs sent as request headers.</summary>
    HeaderCollection,

    /// <summary>A part of a <c>[Multipart]</c> body.</summary>
    Part,

    /// <summary>Not sent: copied into <c>HttpRequestMessage.Options</c> under its key.</summary>
    Property,
    CancellationToken,
    Unbound,
}

/// <summary>What a part of a <c>[Multipart]</c> body sends.</summary>
internal enum PartKind
{
    None,

    /// <summary>A caller's stream, from its position; never disposed.</summary>
    Stream,

    /// <summary>A byte array.</summary>
    Bytes,

    /// <summary>A <c>ReadOnlyMemory&lt;byte&gt;</c> or <c>Memory&lt;byte&gt;</c>.</summary>
    Memory,

    /// <summary>A file, opened while it is sent.</summary>
    File,

    /// <summary>A string, as UTF-8 text.</summary>
    Text,

    /// <summary>A bool or IFormattable value, as its culture-invariant text (the <see cref="ParameterSpec.ValueKind"/> says how).</summary>
    Value,

    /// <summary>Anything else, as JSON through the client's metadata.</summary>
    Json,

    /// <summary>A <c>MultipartPart</c>, which names itself.</summary>
    Described,

    /// <summary>A collection of <c>MultipartPart</c>.</summary>
    DescribedCollection,

    /// <summary>A collection of streams, one part each.</summary>
    StreamCollection,

    /// <summary>A collection of byte arrays, one part each.</summary>
    BytesCollection,

    /// <summary>A collection of files, one part each.</summary>
    FileCollection,
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

    /// <summary>An object flattened by its declared type into one pair per member (query or form).</summary>
    Object,

    /// <summary>Name/value pairs: a dictionary, or a collection of <c>KeyValuePair&lt;string, string&gt;</c>.</summary>
    Map,
}

/// <summary>One member of a query or form object, as it is sent.</summary>
/// <param name="Property">The C# property name.</param>
/// <param name="EscapedName">The full name as written in the query (its object's prefix included), already escaped.</param>
/// <param name="Path">The member's path from the parameter, for errors (<c>Nested.CourseSid</c>).</param>
/// <param name="Kind">How its value becomes text; <see cref="ValueKind.Object"/> for a nested object.</param>
/// <param name="IsNullable">True when the value may be null (a reference type or a nullable value type).</param>
/// <param name="Format">The value format: declared, or <c>D</c> for an enum its JSON writes as a number; null for the default.</param>
/// <param name="EnumText">For an enum (or collection of them) written by renamed JSON names, the names; else null.</param>
/// <param name="CollectionFormat">For a collection, how it is written (a <c>QueryCollectionFormat</c> value).</param>
/// <param name="SidPrefix">The <c>[Sid]</c> prefix of a string (or each string of a collection), or null.</param>
/// <param name="Members">For a nested object, its members.</param>
internal sealed record QueryMemberSpec(
    string Property,
    string EscapedName,
    string Path,
    ValueKind Kind,
    bool IsNullable,
    string? Format,
    EnumTextSpec? EnumText,
    int CollectionFormat,
    string? SidPrefix,
    EquatableArray<QueryMemberSpec> Members);

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
