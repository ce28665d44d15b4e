using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmarterProctoring.Declarative.Generators.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Reads a partial interface into an <see cref="InterfaceSpec"/>. Never throws and never reports: what it cannot
/// generate it records as a method <see cref="MethodSpec.Problem"/> or skips, and the analyzers report it.
/// </summary>
internal static class Parser
{
    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>
    /// Builds the model of the interface that declares the method the attribute is on — but only for the first
    /// verb attribute of the interface's first verb-attributed method, so each interface is built by exactly one
    /// pipeline node and written to exactly one file.
    /// </summary>
    public static InterfaceSpec? ParseInterfaceOfFirstMethod(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol { ContainingType: { TypeKind: TypeKind.Interface } @interface } method
            || context.Attributes.IsEmpty)
        {
            return null;
        }

        KnownSymbols known = KnownSymbols.For(context.SemanticModel.Compilation);
        AttributeData? owner = FirstVerbAttribute(@interface, known, out IMethodSymbol? firstMethod);
        if (owner is null
            || !SymbolEqualityComparer.Default.Equals(firstMethod, method)
            || !SymbolEqualityComparer.Default.Equals(owner.AttributeClass, context.Attributes[0].AttributeClass))
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return ParseInterface(@interface, known, context.SemanticModel.Compilation, cancellationToken);
    }

    private static AttributeData? FirstVerbAttribute(INamedTypeSymbol @interface, KnownSymbols known, out IMethodSymbol? method)
    {
        foreach (ISymbol member in @interface.GetMembers())
        {
            if (member is IMethodSymbol candidate)
            {
                foreach (AttributeData attribute in candidate.GetAttributes())
                {
                    if (known.VerbOf(attribute.AttributeClass) is not null)
                    {
                        method = candidate;
                        return attribute;
                    }
                }
            }
        }

        method = null;
        return null;
    }

    private static InterfaceSpec? ParseInterface(INamedTypeSymbol @interface, KnownSymbols known, Compilation compilation, CancellationToken cancellationToken)
    {
        // A file-local interface cannot have a part in another file; the analyzers report it.
        if (@interface.IsGenericType || @interface.IsFileLocal || !IsPartialEverywhere(@interface))
        {
            return null;
        }

        var containingTypes = new List<ContainingTypeSpec>();
        for (INamedTypeSymbol? outer = @interface.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsGenericType || !IsPartialEverywhere(outer))
            {
                return null;
            }

            containingTypes.Insert(0, new ContainingTypeSpec(KeywordOf(outer), outer.Name));
        }

        var interfaces = new List<INamedTypeSymbol> { @interface };
        interfaces.AddRange(@interface.AllInterfaces);
        var abstractMethods = new List<(IMethodSymbol Method, INamedTypeSymbol DeclaringInterface)>();
        foreach (INamedTypeSymbol declaring in interfaces)
        {
            foreach (ISymbol member in declaring.GetMembers())
            {
                if (!member.IsAbstract)
                {
                    continue;
                }

                // Properties, events and static abstract members cannot be written as HTTP calls.
                if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } abstractMethod)
                {
                    return null;
                }

                abstractMethods.Add((abstractMethod, declaring));
            }
        }

        string? jsonContext = FindJsonContext(@interface, known, out string? jsonContextProblem);
        var jsonTypes = new JsonTypeNames();
        var jsonRoots = new List<ITypeSymbol>();
        var declaredNames = new HashSet<string>(@interface.GetMembers().Select(m => m.Name), System.StringComparer.Ordinal);
        string clientClassName = UniqueName("GeneratedClient", declaredNames);
        string jsonContextClassName = UniqueName(JsonContextEmitter.ClassName, declaredNames);
        bool emitFactory = !@interface.GetMembers("Create").OfType<IMethodSymbol>()
            .Any(m => m.IsStatic && m.Parameters.Length == 1 && m.Parameters[0].Type.ToDisplayString() == "System.Net.Http.HttpClient");
        bool hidesBaseMembers = @interface.AllInterfaces.Any(b => IsPartialEverywhere(b) && b.GetMembers().OfType<IMethodSymbol>()
            .Any(m => m.GetAttributes().Any(a => known.VerbOf(a.AttributeClass) is not null)));
        var memberNames = new HashSet<string>(System.StringComparer.Ordinal) { "Create", clientClassName, jsonContextClassName };
        var methods = new List<MethodSpec>(abstractMethods.Count);
        foreach ((IMethodSymbol abstractMethod, INamedTypeSymbol declaring) in abstractMethods)
        {
            cancellationToken.ThrowIfCancellationRequested();
            methods.Add(ParseMethod(abstractMethod, declaring, known, jsonTypes, jsonRoots, memberNames));
        }

        JsonContextSpec? generatedContext = null;
        EquatableArray<JsonTypeSpec> jsonTypeSpecs = jsonTypes.ToArray();
        if (jsonContextProblem is not null)
        {
            methods = methods
                .Select(m => UsesJson(m) ? m with { Problem = Join(m.Problem, jsonContextProblem) } : m)
                .ToList();
        }
        else if (jsonContext is null && jsonRoots.Count > 0)
        {
            generatedContext = JsonContextParser.Build(@interface, jsonRoots, compilation, known, out string? jsonProblem);
            if (generatedContext is null)
            {
                // Only the calls that read or write JSON are affected; the others still work.
                methods = methods
                    .Select(m => UsesJson(m) ? m with { Problem = Join(m.Problem, "its JSON cannot be generated: " + jsonProblem) } : m)
                    .ToList();
            }
            else
            {
                Dictionary<string, string> contextMembers = generatedContext.Types.ToDictionary(t => t.FullName, t => t.MemberName, System.StringComparer.Ordinal);
                jsonTypeSpecs = new EquatableArray<JsonTypeSpec>(jsonTypeSpecs.Select(t => t with { ContextMember = contextMembers[t.FullName] }));
            }
        }

        string fullName = @interface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string? ns = @interface.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : null;
        return new InterfaceSpec(
            ns,
            @interface.Name,
            fullName,
            HintNameOf(@interface),
            new EquatableArray<ContainingTypeSpec>(containingTypes),
            jsonContext,
            jsonTypeSpecs,
            generatedContext,
            new EquatableArray<MethodSpec>(methods),
            clientClassName,
            jsonContextClassName,
            emitFactory,
            hidesBaseMembers);
    }

    private static bool UsesJson(MethodSpec method) =>
        method.Result is not null || method.Parameters.Any(p => p.Binding == ParameterBinding.Body);

    private static string Join(string? first, string second) => first is null ? second : first + "; " + second;

    private static MethodSpec ParseMethod(
        IMethodSymbol method,
        INamedTypeSymbol declaringInterface,
        KnownSymbols known,
        JsonTypeNames jsonTypes,
        List<ITypeSymbol> jsonRoots,
        HashSet<string> memberNames)
    {
        var problems = new List<string>();
        int jsonTypesBefore = jsonTypes.Count;
        int jsonRootsBefore = jsonRoots.Count;
        HttpVerb? verb = null;
        string route = string.Empty;
        int verbCount = 0;
        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (known.VerbOf(attribute.AttributeClass) is HttpVerb found)
            {
                verbCount++;
                verb = found;
                route = attribute.ConstructorArguments is [{ Value: string text }] ? text : string.Empty;
            }
        }

        if (verbCount == 0)
        {
            problems.Add("it has no HTTP verb attribute ([Get], [Post], [Put], [Patch] or [Delete])");
            verb = null;
        }
        else if (verbCount > 1)
        {
            problems.Add("it has more than one HTTP verb attribute");
            verb = null;
        }

        if (method.IsGenericMethod)
        {
            problems.Add("it is generic");
        }

        (ReturnShape shape, ITypeSymbol? resultType) = ReadReturnType(method.ReturnType, known);
        if (shape == ReturnShape.Unsupported)
        {
            problems.Add("its return type is not Task, Task<T>, Task<ApiResponse<T>> or their ValueTask forms");
        }

        ResultSpec? result = null;
        if (resultType is not null)
        {
            string resultName = JsonTypeName(resultType, known);
            result = new ResultSpec(resultName, IsNullable(resultType), jsonTypes.MemberFor(resultName));
            jsonRoots.Add(resultType);
        }

        RouteTemplate template = RouteTemplate.Parse(route);
        var placeholders = new HashSet<string>(
            template.Segments.Where(s => s.Kind == RouteSegmentKind.Placeholder).Select(s => s.Text),
            System.StringComparer.Ordinal);
        if (verbCount == 1 && !template.IsValid)
        {
            problems.Add("its route template '" + route + "' is invalid");
        }

        var parameters = new List<ParameterSpec>(method.Parameters.Length);
        int bodies = 0;
        int cancellationTokens = 0;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            ParameterSpec spec = ParseParameter(parameter, placeholders, known, jsonTypes, problems);
            if (spec.Binding == ParameterBinding.Body)
            {
                jsonRoots.Add(parameter.Type);
            }

            bodies += spec.Binding == ParameterBinding.Body ? 1 : 0;
            cancellationTokens += spec.Binding == ParameterBinding.CancellationToken ? 1 : 0;
            parameters.Add(spec);
        }

        if (bodies > 1)
        {
            problems.Add("it has more than one [Body] parameter");
        }

        if (cancellationTokens > 1)
        {
            problems.Add("it has more than one CancellationToken parameter");
        }

        var routeParts = new List<RoutePartSpec>();
        foreach (RouteSegment segment in template.Segments)
        {
            if (segment.Kind == RouteSegmentKind.Literal)
            {
                routeParts.Add(new RoutePartSpec(segment.Text, -1));
                continue;
            }

            int index = parameters.FindIndex(p => p.Name == segment.Text);
            if (index < 0)
            {
                problems.Add("its route placeholder {" + segment.Text + "} matches no parameter");
            }
            else if (parameters[index].Binding != ParameterBinding.Path)
            {
                problems.Add("its route placeholder {" + segment.Text + "} names a parameter that cannot be a path value");
                index = -1;
            }

            routeParts.Add(new RoutePartSpec(null, index));
        }

        if (problems.Count > 0)
        {
            // A method that cannot be generated becomes a throwing stub: its types must not reach the client or the
            // JSON context (a method's type parameter, for one, means nothing outside it).
            jsonTypes.TruncateTo(jsonTypesBefore);
            jsonRoots.RemoveRange(jsonRootsBefore, jsonRoots.Count - jsonRootsBefore);
        }

        var parameterNames = new HashSet<string>(parameters.Select(p => p.Name), System.StringComparer.Ordinal);
        return new MethodSpec(
            method.Name,
            declaringInterface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            verb,
            route,
            new EquatableArray<RoutePartSpec>(routeParts),
            shape,
            known.NameOf(method.ReturnType, s_typeFormat),
            result,
            method.IsGenericMethod ? "<" + string.Join(", ", method.TypeParameters.Select(t => t.Name)) + ">" : string.Empty,
            new EquatableArray<ParameterSpec>(parameters),
            UniqueName(method.Name + "Route", memberNames),
            UniqueLocal("request", parameterNames),
            UniqueLocal("response", parameterNames),
            UniqueLocal("uri", parameterNames),
            method.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, known.IdempotentAttribute)),
            problems.Count == 0 ? null : string.Join("; ", problems));
    }

    private static ParameterSpec ParseParameter(
        IParameterSymbol parameter,
        HashSet<string> placeholders,
        KnownSymbols known,
        JsonTypeNames jsonTypes,
        List<string> problems)
    {
        ITypeSymbol type = parameter.Type;
        string typeName = known.NameOf(type, s_typeFormat);
        bool nullable = IsNullable(type);
        string name = parameter.Name;
        if (parameter.RefKind != RefKind.None)
        {
            problems.Add("its parameter '" + name + "' is passed by reference");
        }

        string modifier = parameter.RefKind switch
        {
            RefKind.Ref => "ref ",
            RefKind.Out => "out ",
            RefKind.In => "in ",
            _ => string.Empty,
        };
        if (KnownSymbols.Is(type, known.CancellationToken))
        {
            return new ParameterSpec(name, typeName, ParameterBinding.CancellationToken, ValueKind.None, false, null, null, null, EquatableArray<SidPropertySpec>.Empty, modifier);
        }

        string? sidPrefix = null;
        var bindings = new List<(ParameterBinding Binding, string? Key)>();
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            INamedTypeSymbol? attributeClass = attribute.AttributeClass;
            if (KnownSymbols.Is(attributeClass, known.SidAttribute))
            {
                sidPrefix = attribute.ConstructorArguments is [{ Value: string prefix }] ? prefix : string.Empty;
            }
            else if (KnownSymbols.Is(attributeClass, known.BodyAttribute))
            {
                bindings.Add((ParameterBinding.Body, null));
            }
            else if (KnownSymbols.Is(attributeClass, known.QueryAttribute))
            {
                bindings.Add((ParameterBinding.Query, attribute.ConstructorArguments is [{ Value: string queryKey }] ? queryKey : name));
            }
            else if (KnownSymbols.Is(attributeClass, known.HeaderAttribute))
            {
                bindings.Add((ParameterBinding.Header, attribute.ConstructorArguments is [{ Value: string headerName }] ? headerName : string.Empty));
            }
        }

        bool inRoute = placeholders.Contains(name);
        if (bindings.Count > 1)
        {
            problems.Add("its parameter '" + name + "' has more than one binding attribute");
        }
        else if (bindings.Count == 1 && inRoute)
        {
            problems.Add("its parameter '" + name + "' is a route placeholder and also has a [" + bindings[0].Binding + "] attribute");
        }

        (ParameterBinding binding, string? key) = bindings.Count > 0
            ? bindings[0]
            : (inRoute ? ParameterBinding.Path : ParameterBinding.Unbound, null);
        if (binding == ParameterBinding.Unbound)
        {
            problems.Add("its parameter '" + name + "' is in neither the route nor marked [Body], [Query] or [Header]");
        }

        if (sidPrefix is not null && !SidPattern.IsValidPrefix(sidPrefix))
        {
            problems.Add("its parameter '" + name + "' has a [Sid] prefix that is not two uppercase letters");
        }

        ValueKind valueKind = ValueKind.None;
        string? jsonMember = null;
        var sidProperties = EquatableArray<SidPropertySpec>.Empty;
        if (binding == ParameterBinding.Body && sidPrefix is not null)
        {
            problems.Add("its body parameter '" + name + "' has [Sid], which constrains strings, not a body");
        }

        if (binding == ParameterBinding.Path && type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            problems.Add("its parameter '" + name + "' is a nullable value in the path, where a value is always required");
        }

        if (binding == ParameterBinding.Body)
        {
            string jsonName = JsonTypeName(type, known);
            jsonMember = jsonTypes.MemberFor(jsonName);
            sidProperties = ReadSidProperties(type, known);
        }
        else if (binding != ParameterBinding.Unbound)
        {
            valueKind = ValueKindOf(type, known);
            bool fits = binding switch
            {
                ParameterBinding.Path => valueKind is ValueKind.String or ValueKind.Formattable,
                ParameterBinding.Header => valueKind is ValueKind.String or ValueKind.Boolean or ValueKind.Formattable,
                _ => valueKind != ValueKind.None,
            };
            if (!fits)
            {
                problems.Add("its parameter '" + name + "' has a type that cannot be sent as a " + binding.ToString().ToLowerInvariant() + " value");
            }

            if (sidPrefix is not null && valueKind != ValueKind.String)
            {
                problems.Add("its parameter '" + name + "' has [Sid] but is not a string");
            }

            if (binding == ParameterBinding.Header && string.IsNullOrEmpty(key))
            {
                problems.Add("its parameter '" + name + "' has an empty header name");
            }
        }

        return new ParameterSpec(name, typeName, binding, valueKind, nullable, key, sidPrefix, jsonMember, sidProperties, modifier);
    }

    private static EquatableArray<SidPropertySpec> ReadSidProperties(ITypeSymbol bodyType, KnownSymbols known)
    {
        var properties = new List<SidPropertySpec>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (ITypeSymbol? type = bodyType; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, DeclaredAccessibility: Accessibility.Public } property
                    || !seen.Add(property.Name))
                {
                    continue;
                }

                AttributeData? sid = property.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.SidAttribute));
                if (sid is null || sid.ConstructorArguments is not [{ Value: string prefix }] || !SidPattern.IsValidPrefix(prefix))
                {
                    continue;
                }

                ValueKind kind = ValueKindOf(property.Type, known);
                if (kind is ValueKind.String or ValueKind.StringCollection)
                {
                    properties.Add(new SidPropertySpec(property.Name, prefix, kind == ValueKind.StringCollection));
                }
            }
        }

        return new EquatableArray<SidPropertySpec>(properties);
    }

    private static (ReturnShape Shape, ITypeSymbol? Result) ReadReturnType(ITypeSymbol returnType, KnownSymbols known) =>
        TypeShapes.ReadReturnType(returnType, known.Task, known.TaskOfT, known.ValueTask, known.ValueTaskOfT, known.ApiResponse);

    private static ValueKind ValueKindOf(ITypeSymbol type, KnownSymbols known) =>
        TypeShapes.ValueKindOf(type, known.IFormattable, known.IEnumerableOfT);

    private static bool IsNullable(ITypeSymbol type) =>
        type.NullableAnnotation == NullableAnnotation.Annotated
        || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    /// <summary>The type's name for JSON metadata: nullable value types keep <c>?</c>, references lose it.</summary>
    private static string JsonTypeName(ITypeSymbol type, KnownSymbols known) => JsonContextParser.FullNameOf(type, known);

    private static string? FindJsonContext(INamedTypeSymbol @interface, KnownSymbols known, out string? problem)
    {
        problem = null;
        AttributeData? attribute = @interface.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.JsonContextAttribute))
            ?? @interface.ContainingAssembly.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.JsonContextAttribute));
        if (attribute?.ConstructorArguments is not [{ Value: INamedTypeSymbol context }] || context.TypeKind == TypeKind.Error)
        {
            return null;
        }

        for (INamedTypeSymbol? type = context.BaseType; type is not null; type = type.BaseType)
        {
            if (type.ToDisplayString() == "System.Text.Json.Serialization.JsonSerializerContext")
            {
                return context.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            }
        }

        problem = "its interface's [JsonContext] names " + context.Name + ", which is not a JsonSerializerContext";
        return null;
    }

    private static bool IsPartialEverywhere(INamedTypeSymbol type)
    {
        if (type.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration
                || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }

    private static string KeywordOf(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static string HintNameOf(INamedTypeSymbol @interface)
    {
        var builder = new StringBuilder();
        foreach (char c in @interface.ToDisplayString())
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_');
        }

        return builder.Append(".g.cs").ToString();
    }

    private static string UniqueLocal(string preferred, HashSet<string> parameterNames)
    {
        string name = preferred;
        for (int i = 2; parameterNames.Contains(name); i++)
        {
            name = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    private static string UniqueName(string preferred, HashSet<string> used)
    {
        string name = preferred;
        for (int i = 2; !used.Add(name); i++)
        {
            name = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>Gives each distinct JSON type a member name derived from its simple name, unique in the client.</summary>
    private sealed class JsonTypeNames
    {
        private readonly List<JsonTypeSpec> _types = new();
        private readonly HashSet<string> _members = new(System.StringComparer.Ordinal);

        public string MemberFor(string fullName)
        {
            foreach (JsonTypeSpec existing in _types)
            {
                if (existing.FullName == fullName)
                {
                    return existing.MemberName;
                }
            }

            string member = UniqueName(Identifier(fullName) + "JsonTypeInfo", _members);
            _types.Add(new JsonTypeSpec(fullName, member));
            return member;
        }

        public int Count => _types.Count;

        public EquatableArray<JsonTypeSpec> ToArray() => new(_types);

        /// <summary>Forgets the types added after the first <paramref name="count"/>.</summary>
        public void TruncateTo(int count)
        {
            for (int i = _types.Count - 1; i >= count; i--)
            {
                _members.Remove(_types[i].MemberName);
                _types.RemoveAt(i);
            }
        }

        private static string Identifier(string fullName)
        {
            string simple = fullName.Replace("global::", string.Empty);
            int generic = simple.IndexOf('<');
            string head = generic < 0 ? simple : simple.Substring(0, generic);
            int dot = head.LastIndexOf('.');
            var builder = new StringBuilder();
            foreach (char c in simple.Substring(dot + 1))
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(builder.Length == 0 ? char.ToUpperInvariant(c) : c);
                }
                else if (c == '?')
                {
                    builder.Append("Nullable");
                }
                else if (c == '[')
                {
                    builder.Append("Array");
                }
            }

            return builder.Length == 0 || char.IsDigit(builder[0]) ? "Type" + builder : builder.ToString();
        }
    }
}
