using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SmarterProctoring.Declarative.Generators.Diagnostics;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Reads a partial interface, once, into the model the emitter writes from and the problems the user sees. Every
/// declaration rule lives here (or in the helpers it calls); the generator reports the problems, so no rule is
/// written a second time in an analyzer. Never throws on half-typed code: what it cannot read it reports or skips.
/// </summary>
internal static partial class Parser
{
    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>
    /// Parses the interface that declares the method the attribute is on — but only for the first verb attribute of
    /// the interface's first verb-attributed method, so each interface is parsed by exactly one pipeline node and
    /// written to exactly one file.
    /// </summary>
    public static InterfaceResult? ParseInterfaceOfFirstMethod(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        // Roslyn runs this for every verb-attributed method on every compilation, keystrokes included. A result
        // of an earlier compilation is reused when the new one declares the same things (DeclarationEdits) and none
        // of the result's diagnostics sits in a tree whose positions moved; otherwise the interface is parsed again.
        Compilation compilation = context.SemanticModel.Compilation;
        string pipeline = context.Attributes.IsEmpty ? string.Empty : context.Attributes[0].AttributeClass?.MetadataName ?? string.Empty;
        Dictionary<string, Reuse> slots = s_reuse.GetValue(context.TargetNode, static _ => new Dictionary<string, Reuse>(System.StringComparer.Ordinal));
        Reuse? reuse;
        lock (slots)
        {
            slots.TryGetValue(pipeline, out reuse);
        }

        if (reuse is not null && reuse.Compilation.TryGetTarget(out Compilation? earlier)
            && (ReferenceEquals(earlier, compilation) || StillHolds(reuse.Result, earlier, context, cancellationToken)))
        {
            reuse.Compilation.SetTarget(compilation);
            return reuse.Result;
        }

        InterfaceResult? result = Parse(context, cancellationToken);
        s_parsesOnThisThread++;
        lock (slots)
        {
            slots[pipeline] = new Reuse(new System.WeakReference<Compilation>(compilation), result);
        }

        return result;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, Dictionary<string, Reuse>> s_reuse = new();

    /// <summary>
    /// True when a result of <paramref name="earlier"/> holds for the context's compilation: what changed between
    /// them (<see cref="DeclarationEdits"/>) is nothing the parse read, and no diagnostic of the result sits in a
    /// tree whose positions moved.
    /// </summary>
    private static bool StillHolds(InterfaceResult? result, Compilation earlier, GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        Compilation compilation = context.SemanticModel.Compilation;
        DeclarationEdits.Verdict? verdict = DeclarationEdits.Compare(earlier, compilation);
        if (verdict is null || (result is not null && result.Diagnostics.Any(d => verdict.Moved.Contains(d.FilePath))))
        {
            return false;
        }

        // A method of some interface changed: the parse holds unless it reaches that interface's file (which its own
        // interface's file is part of) or a nameof could name the method.
        return verdict.InterfacesEdited.Count == 0
            || (context.TargetSymbol is IMethodSymbol { ContainingType: INamedTypeSymbol owner }
                && !verdict.Reaches(owner, compilation, cancellationToken)
                && !verdict.NameofNamesAMethod(compilation, cancellationToken));
    }

    [System.ThreadStatic]
    private static int s_parsesOnThisThread;

    /// <summary>
    /// How many transforms this thread ran without reusing an earlier result (tests watch it: a reused result equals a
    /// new one, so only the count can tell them apart; per thread, so tests running side by side do not mix).
    /// </summary>
    internal static int ParsesOnThisThread => s_parsesOnThisThread;

    /// <summary>The result of one pipeline for one method node, and the compilation it holds for (weakly: never kept alive).</summary>
    private sealed class Reuse(System.WeakReference<Compilation> compilation, InterfaceResult? result)
    {
        public System.WeakReference<Compilation> Compilation { get; } = compilation;

        public InterfaceResult? Result { get; } = result;
    }

    private static InterfaceResult? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
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

    /// <summary>True when the interface declares a verb-attributed method of its own: it is a client interface.</summary>
    public static bool IsClientInterface(INamedTypeSymbol type, KnownSymbols known) =>
        type.TypeKind == TypeKind.Interface && FirstVerbAttribute(type, known, out _) is not null;

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

    private static InterfaceResult ParseInterface(INamedTypeSymbol @interface, KnownSymbols known, Compilation compilation, CancellationToken cancellationToken)
    {
        Problems problems = Problems.Reporting();
        bool writable = CheckInterfaceShape(@interface, problems, cancellationToken);
        var containingTypes = new List<ContainingTypeSpec>();
        for (INamedTypeSymbol? outer = @interface.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containingTypes.Insert(0, new ContainingTypeSpec(KeywordOf(outer), outer.Name));
        }

        // The interface's own abstract members are reported here; those of base client interfaces by their own parse
        // (muted here), and those of plain base interfaces on the base-list entry they come through.
        var abstractMethods = new List<(IMethodSymbol Method, INamedTypeSymbol DeclaringInterface, bool Own)>();
        foreach (ISymbol member in @interface.GetMembers())
        {
            if (!member.IsAbstract)
            {
                continue;
            }

            if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } own)
            {
                abstractMethods.Add((own, @interface, true));
            }
            else if (KindOf(member) is string kind)
            {
                problems.Block(DiagnosticDescriptors.NonMethodMember, FirstLocation(member), member.Name, kind, @interface.Name);
                writable = false;
            }
        }

        foreach (INamedTypeSymbol declaring in @interface.AllInterfaces)
        {
            foreach (ISymbol member in declaring.GetMembers())
            {
                if (member.IsAbstract && member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } inherited)
                {
                    abstractMethods.Add((inherited, declaring, false));
                }
                else if (member.IsAbstract && KindOf(member) is not null)
                {
                    writable = false;
                }
            }
        }

        ReportInheritedFromPlainBases(@interface, known, problems, cancellationToken);

        INamedTypeSymbol? jsonContextType = JsonContextOf(@interface, known);
        bool hasUsableJsonContext = jsonContextType is not null && known.IsJsonSerializerContext(jsonContextType);
        int namingPolicy = QueryObjects.NamingPolicyOf(@interface, hasUsableJsonContext ? jsonContextType : null);

        // The client class qualifies its static members (GeneratedClient.GetAsyncRoute), so its name must be free of
        // every parameter name too, or a parameter would hide it.
        var declaredNames = new HashSet<string>(@interface.GetMembers().Select(m => m.Name), System.StringComparer.Ordinal);
        declaredNames.UnionWith(abstractMethods.SelectMany(m => m.Method.Parameters).Select(p => p.Name));
        string clientClassName = UniqueName("GeneratedClient", declaredNames);
        string jsonContextClassName = UniqueName(JsonContextEmitter.ClassName, declaredNames);
        bool emitFactory = true;
        foreach (ISymbol member in @interface.GetMembers())
        {
            if (!member.IsImplicitlyDeclared && member.Name == "Create" && (member is not IMethodSymbol create || IsFactorySignature(create, known)))
            {
                emitFactory = false;
                problems.Report(DiagnosticDescriptors.GeneratedNameCollision, FirstLocation(member), member.Name, "factory 'Create(HttpClient)'", @interface.Name);
            }
        }

        bool hidesBaseMembers = @interface.AllInterfaces.Any(b => IsPartialEverywhere(b) && IsClientInterface(b, known));
        var jsonTypes = new JsonTypeNames();
        var jsonRoots = new List<ITypeSymbol>();
        var memberNames = new HashSet<string>(System.StringComparer.Ordinal) { "Create", clientClassName, jsonContextClassName };
        var methods = new List<MethodSpec>(abstractMethods.Count);
        var ownDeclarations = new List<MethodDeclaration>();
        var ownMethods = new List<MethodSpec>();
        var signatures = new HashSet<string>(System.StringComparer.Ordinal);
        bool declaresMethodTwice = false;
        foreach ((IMethodSymbol abstractMethod, INamedTypeSymbol declaring, bool own) in abstractMethods)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A method declared twice with one signature is the compiler's error (CS0111); one implementation serves both.
            string signature = declaring.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + abstractMethod.Name + "("
                + string.Join(",", abstractMethod.Parameters.Select(p => p.RefKind + " " + p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))) + ")";
            if (!signatures.Add(signature))
            {
                declaresMethodTwice = true;
                continue;
            }

            MethodDeclaration declaration = MethodDeclaration.Read(abstractMethod, known);
            MethodSpec parsed = ParseMethod(declaration, declaring, known, jsonTypes, jsonRoots, memberNames, namingPolicy, own ? problems : Problems.Muted(), cancellationToken);
            methods.Add(parsed);
            if (own)
            {
                ownDeclarations.Add(declaration);
                ownMethods.Add(parsed);
            }
        }

        // Whether a call uses JSON is the model's to say (MethodSpec.UsesJson), for the name check as for the stubs.
        if (jsonContextType is null && ownMethods.Any(m => m.UsesJson))
        {
            foreach (ISymbol member in @interface.GetMembers())
            {
                if (!member.IsImplicitlyDeclared && member.Name == JsonContextEmitter.ClassName)
                {
                    problems.Report(DiagnosticDescriptors.GeneratedNameCollision, FirstLocation(member), member.Name, "JSON context class 'JsonContext'", @interface.Name);
                }
            }
        }

        ReportDuplicateRoutes(ownDeclarations, problems);

        JsonContextSpec? generatedContext = null;
        EquatableArray<JsonTypeSpec> jsonTypeSpecs = jsonTypes.ToArray();
        string? jsonContextName = null;
        if (jsonContextType is not null && !hasUsableJsonContext)
        {
            // SPD3002 is reported on the attribute itself (it may be the assembly's, shared by many interfaces).
            string why = "SPD3002: The [JsonContext] of its interface names " + jsonContextType.Name + ", which is not a JsonSerializerContext";
            methods = methods.Select(m => m.UsesJson && m.Problem is null ? m with { Problem = why } : m).ToList();
        }
        else if (hasUsableJsonContext)
        {
            jsonContextName = jsonContextType!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            ReportTypesMissingFromContext(jsonContextType, ownDeclarations, known, problems);
        }
        else if (jsonRoots.Count > 0)
        {
            generatedContext = JsonContextParser.Build(@interface, jsonRoots, compilation, known, out string? jsonProblem);
            if (generatedContext is null)
            {
                // Only the calls that read or write JSON are affected; the others still work.
                for (int i = 0; i < ownDeclarations.Count; i++)
                {
                    if (ownMethods[i].UsesJson)
                    {
                        problems.Block(DiagnosticDescriptors.UndescribableJson, ownDeclarations[i].Location, ownDeclarations[i].Symbol.Name, @interface.Name, jsonProblem);
                    }
                }

                string why = "SPD3001: Its JSON cannot be generated: " + jsonProblem;
                methods = methods.Select(m => m.UsesJson && m.Problem is null ? m with { Problem = why } : m).ToList();
            }
            else
            {
                Dictionary<string, string> contextMembers = generatedContext.Types.ToDictionary(t => t.FullName, t => t.MemberName, System.StringComparer.Ordinal);
                jsonTypeSpecs = new EquatableArray<JsonTypeSpec>(jsonTypeSpecs.Select(t => t with { ContextMember = contextMembers[t.FullName] }));
            }
        }

        if (!writable)
        {
            return new InterfaceResult(null, problems.Diagnostics);
        }

        string fullName = @interface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string? ns = @interface.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : null;
        var spec = new InterfaceSpec(
            ns,
            @interface.Name,
            fullName,
            HintNameOf(@interface),
            new EquatableArray<ContainingTypeSpec>(containingTypes),
            jsonContextName,
            jsonTypeSpecs,
            generatedContext,
            new EquatableArray<MethodSpec>(methods),
            clientClassName,
            jsonContextClassName,
            emitFactory,
            hidesBaseMembers,
            declaresMethodTwice);
        return new InterfaceResult(spec, problems.Diagnostics);
    }

    /// <summary>
    /// The rules on the interface itself: partial everywhere (SPD2011), not file-local (SPD2025), not generic
    /// (SPD2012), not nested in a generic (SPD2013) or non-partial (SPD2014) type. False when it cannot be extended.
    /// </summary>
    private static bool CheckInterfaceShape(INamedTypeSymbol type, Problems problems, CancellationToken cancellationToken)
    {
        bool writable = !type.DeclaringSyntaxReferences.IsEmpty;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                problems.Block(DiagnosticDescriptors.NotPartial, declaration.Identifier.GetLocation(), type.Name);
                writable = false;
            }
        }

        Location location = FirstLocation(type);
        if (type.IsFileLocal)
        {
            // A file-local interface cannot have a part in another file.
            problems.Report(DiagnosticDescriptors.FileLocalInterface, location, type.Name, "file-local");
            writable = false;
        }

        if (type.IsGenericType)
        {
            problems.Block(DiagnosticDescriptors.GenericInterface, location, type.Name);
            writable = false;
        }

        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsFileLocal)
            {
                problems.Report(DiagnosticDescriptors.FileLocalInterface, location, type.Name, "nested in the file-local type '" + outer.Name + "'");
                writable = false;
            }

            if (outer.IsGenericType)
            {
                problems.Block(DiagnosticDescriptors.NestedInGenericType, location, type.Name, outer.Name);
                writable = false;
            }
            else if (!IsPartialEverywhere(outer))
            {
                problems.Block(DiagnosticDescriptors.NestedInNonPartialType, location, type.Name, outer.Name);
                writable = false;
            }
        }

        return writable;
    }

    /// <summary>
    /// The abstract members inherited from base interfaces that are not client interfaces (a client base reports its
    /// own): the generated client must implement them all, so each is reported on the base-list entry it comes
    /// through, because the member itself may live in metadata (<c>IDisposable.Dispose</c>).
    /// </summary>
    private static void ReportInheritedFromPlainBases(INamedTypeSymbol client, KnownSymbols known, Problems problems, CancellationToken cancellationToken)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (INamedTypeSymbol direct in client.Interfaces)
        {
            if (IsClientInterface(direct, known))
            {
                continue;
            }

            Location location = BaseListEntry(client, direct, cancellationToken);
            var declaring = new List<INamedTypeSymbol> { direct };
            declaring.AddRange(direct.AllInterfaces);
            foreach (INamedTypeSymbol type in declaring)
            {
                if (!ReferenceEquals(type, direct) && IsClientInterface(type, known))
                {
                    continue;
                }

                foreach (ISymbol member in type.GetMembers())
                {
                    if (!member.IsAbstract || !seen.Add(member))
                    {
                        continue;
                    }

                    string name = member.ContainingType.Name + "." + member.Name;
                    if (KindOf(member) is string kind)
                    {
                        problems.Block(DiagnosticDescriptors.NonMethodMember, location, name, kind, client.Name);
                    }
                    else if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false })
                    {
                        // The method itself becomes a stub (no verb); its parse is muted, so it is reported here.
                        problems.Report(DiagnosticDescriptors.MissingVerb, location, name, client.Name);
                    }
                }
            }
        }
    }

    private static Location BaseListEntry(INamedTypeSymbol client, INamedTypeSymbol direct, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in client.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { BaseList: { } baseList })
            {
                foreach (BaseTypeSyntax entry in baseList.Types)
                {
                    if (SimpleName(entry.Type) == direct.Name)
                    {
                        return entry.GetLocation();
                    }
                }
            }
        }

        return FirstLocation(client);
    }

    private static string? SimpleName(TypeSyntax type) => type switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>What a member the generator cannot implement is, or null for an instance method (or an accessor).</summary>
    private static string? KindOf(ISymbol member) => member switch
    {
        IPropertySymbol { IsIndexer: true } => "an indexer",
        IPropertySymbol { IsStatic: true } or IEventSymbol { IsStatic: true } => "a static abstract member",
        IPropertySymbol => "a property",
        IEventSymbol => "an event",
        IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion } => "a static abstract member",
        _ => null,
    };

    private static bool IsFactorySignature(IMethodSymbol method, KnownSymbols known) =>
        method.Parameters.Length == 1 && method.Parameters[0].RefKind == RefKind.None && KnownSymbols.Is(method.Parameters[0].Type, known.HttpClient);

    /// <summary>SPD2009: a later method that sends the same verb to the same route (placeholder names do not matter).</summary>
    private static void ReportDuplicateRoutes(List<MethodDeclaration> methods, Problems problems)
    {
        var first = new Dictionary<string, MethodDeclaration>(System.StringComparer.Ordinal);
        foreach (MethodDeclaration method in methods)
        {
            if (!method.HasValidRoute)
            {
                continue;
            }

            var shape = new StringBuilder(method.Verb!.Method).Append(' ');
            foreach (Routing.RouteSegment segment in method.Template!.Segments)
            {
                shape.Append(segment.Kind == Routing.RouteSegmentKind.Literal ? segment.Text : "{}");
            }

            string key = shape.ToString();
            if (first.TryGetValue(key, out MethodDeclaration? earlier))
            {
                problems.Report(DiagnosticDescriptors.DuplicateRoute, method.Location, method.Symbol.Name, method.Verb.Method, method.Verb.Route, earlier.Symbol.Name);
            }
            else
            {
                first.Add(key, method);
            }
        }
    }

    /// <summary>
    /// The type the interface's <c>[JsonContext]</c> names, else the assembly's; null when neither names a type that
    /// binds (whether it is a <c>JsonSerializerContext</c> is checked by the caller).
    /// </summary>
    public static INamedTypeSymbol? JsonContextOf(INamedTypeSymbol type, KnownSymbols known)
    {
        AttributeData? attribute = type.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.JsonContextAttribute))
            ?? type.ContainingAssembly.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.JsonContextAttribute));
        return attribute?.ConstructorArguments is [{ Value: INamedTypeSymbol named }] && named.TypeKind != TypeKind.Error ? named : null;
    }

    /// <summary>SPD3003: a body or result type the named context has no metadata for, once per type and method.</summary>
    private static void ReportTypesMissingFromContext(INamedTypeSymbol context, List<MethodDeclaration> methods, KnownSymbols known, Problems problems)
    {
        JsonContextTypes available = JsonContextTypes.For(context, known);
        foreach (MethodDeclaration method in methods)
        {
            var reported = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach ((string use, ITypeSymbol type) in JsonTypesOf(method.Symbol, known))
            {
                if (!available.Contains(type) && reported.Add(type))
                {
                    problems.Report(
                        DiagnosticDescriptors.TypeMissingFromJsonContext,
                        method.Location,
                        JsonContextTypes.TypeProperty,
                        type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                        blocks: false,
                        method.Symbol.Name,
                        use,
                        type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                        context.Name);
                }
            }
        }
    }

    /// <summary>The types a method writes ("sends") and reads ("reads") as JSON, as a context would hold them.</summary>
    public static IEnumerable<(string Use, ITypeSymbol Type)> JsonTypesOf(IMethodSymbol method, KnownSymbols known)
    {
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (parameter.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, known.BodyAttribute)))
            {
                yield return ("sends", JsonTypeOf(parameter.Type));
            }
        }

        ReturnType returned = TypeShapes.ReadReturnType(method.ReturnType, known);
        if (PagedAttributeOf(method, known) is AttributeData paged)
        {
            if (returned.Shape == ReturnShape.AsyncEnumerable && PageTypeOf(paged) is ITypeSymbol page)
            {
                yield return ("reads", JsonTypeOf(page));
            }
        }
        else if (returned.JsonResult is ITypeSymbol result)
        {
            yield return ("reads", JsonTypeOf(result));
        }

        foreach (ISymbol owner in new ISymbol[] { method, method.ContainingType })
        {
            foreach ((int _, ITypeSymbol error) in ErrorBodiesOf(owner, known, Problems.Muted(), CancellationToken.None))
            {
                yield return ("reads errors as", JsonTypeOf(error));
            }
        }
    }

    /// <summary>Nullable value types keep their <c>?</c> (they are distinct metadata); references lose it.</summary>
    private static ITypeSymbol JsonTypeOf(ITypeSymbol type) =>
        type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;

    private static Location FirstLocation(ISymbol symbol) => symbol.Locations.IsEmpty ? Location.None : symbol.Locations[0];

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

    private static string UniqueName(string preferred, HashSet<string> used)
    {
        string name = preferred;
        for (int i = 2; !used.Add(name); i++)
        {
            name = preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }
}
