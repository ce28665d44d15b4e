namespace SmarterProctoring.Declarative.Generators.Model;

/// <summary>Everything the emitter needs to write the client of one partial interface. Holds no symbols.</summary>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="Name">The interface name, such as <c>IExamConfigurationsApi</c>.</param>
/// <param name="FullName">The fully qualified name with <c>global::</c>.</param>
/// <param name="HintName">The output file name.</param>
/// <param name="ContainingTypes">The types the interface is nested in, outermost first.</param>
/// <param name="JsonContext">The fully qualified <c>JsonSerializerContext</c> named by <c>[JsonContext]</c>, or null.</param>
/// <param name="JsonTypes">Each distinct body and result type, with the member that holds its metadata.</param>
/// <param name="GeneratedJsonContext">The JSON context to generate when the interface names none, or null.</param>
/// <param name="Methods">The methods to implement, in declaration order (base interfaces' after the interface's own).</param>
/// <param name="ClientClassName">The nested implementation class's name, unique among the interface's members.</param>
/// <param name="JsonContextClassName">The generated JSON context's name, unique among the interface's members.</param>
/// <param name="EmitFactory">False when the interface declares its own <c>Create(HttpClient)</c>.</param>
/// <param name="HidesBaseMembers">True when a base interface gets generated members of the same names (<c>new</c> is needed).</param>
/// <param name="DeclaresMethodTwice">True when the interface declares a method twice with one signature (the compiler's CS0111).</param>
internal sealed record InterfaceSpec(
    string? Namespace,
    string Name,
    string FullName,
    string HintName,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string? JsonContext,
    EquatableArray<JsonTypeSpec> JsonTypes,
    JsonContextSpec? GeneratedJsonContext,
    EquatableArray<MethodSpec> Methods,
    string ClientClassName,
    string JsonContextClassName,
    bool EmitFactory,
    bool HidesBaseMembers,
    bool DeclaresMethodTwice = false);

/// <summary>A type an interface is nested in: its declaration keyword (<c>class</c>, <c>record struct</c>…) and name.</summary>
internal sealed record ContainingTypeSpec(string Keyword, string Name);

/// <summary>
/// A type written or read as JSON, the name of the generated member that caches its metadata, and (with a
/// generated context) the context property that holds it.
/// </summary>
internal sealed record JsonTypeSpec(string FullName, string MemberName, string? ContextMember = null);
