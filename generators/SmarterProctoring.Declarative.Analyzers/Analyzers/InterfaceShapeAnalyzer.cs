using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Reports interfaces the generator cannot extend: not partial (SPD2011), generic (SPD2012), nested in a generic
/// (SPD2013) or non-partial (SPD2014) type, with a member that is not a method (SPD2015), with a member whose name
/// collides with the generated <c>Create(HttpClient)</c> factory, <c>GeneratedClient</c> class or <c>JsonContext</c>
/// class (SPD2016), or file-local (SPD2025).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InterfaceShapeAnalyzer : ClientInterfaceAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotPartial, DiagnosticDescriptors.GenericInterface, DiagnosticDescriptors.NestedInGenericType,
        DiagnosticDescriptors.NestedInNonPartialType, DiagnosticDescriptors.NonMethodMember, DiagnosticDescriptors.GeneratedNameCollision,
        DiagnosticDescriptors.FileLocalInterface);

    internal override void Analyze(SymbolAnalysisContext context, ClientInterface client, KnownTypes known)
    {
        INamedTypeSymbol type = client.Symbol;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPartial, declaration.Identifier.GetLocation(), type.Name));
            }
        }

        if (type.IsFileLocal)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FileLocalInterface, type.Locations[0], type.Name, "file-local"));
        }

        if (type.IsGenericType)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenericInterface, type.Locations[0], type.Name));
        }

        for (INamedTypeSymbol? outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsFileLocal)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FileLocalInterface, type.Locations[0], type.Name, "nested in the file-local type '" + outer.Name + "'"));
            }

            if (outer.IsGenericType)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NestedInGenericType, type.Locations[0], type.Name, outer.Name));
            }
            else if (!IsPartialEverywhere(outer, context))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NestedInNonPartialType, type.Locations[0], type.Name, outer.Name));
            }
        }

        bool writesJsonContext = JsonUsage.Context(type, known) is null && client.Methods.Any(m => JsonUsage.TypesOf(m, known).Any());
        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsAbstract && KindOf(member) is string kind)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NonMethodMember, member.Locations[0], member.Name, kind, type.Name));
            }

            if (CollisionOf(member, known, writesJsonContext) is string collision && !member.IsImplicitlyDeclared && !IsGenerated(member))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratedNameCollision, member.Locations[0], member.Name, collision, type.Name));
            }
        }

        foreach ((ISymbol member, Location location) in InheritedMembers.Of(client, known, context.CancellationToken))
        {
            if (KindOf(member) is string kind)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NonMethodMember, location, InheritedMembers.NameOf(member), kind, type.Name));
            }
        }
    }

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

    /// <summary>
    /// What a member collides with: the factory and the implementation class the generator always adds, and the JSON
    /// context class it adds when the interface names none and reads or writes JSON.
    /// </summary>
    private static string? CollisionOf(ISymbol member, KnownTypes known, bool writesJsonContext)
    {
        if (member.Name == "GeneratedClient")
        {
            return "class 'GeneratedClient'";
        }

        if (member.Name == "JsonContext" && writesJsonContext)
        {
            return "JSON context class 'JsonContext'";
        }

        if (member.Name != "Create")
        {
            return null;
        }

        return member is not IMethodSymbol method
            || (method.Parameters.Length == 1 && method.Parameters[0].RefKind == RefKind.None && KnownTypes.Is(method.Parameters[0].Type, known.HttpClient))
            ? "factory 'Create(HttpClient)'"
            : null;
    }

    /// <summary>True for the members the generator itself adds (they carry its [GeneratedCode]).</summary>
    private static bool IsGenerated(ISymbol member) =>
        member.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute"
            && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value is "SmarterProctoring.Declarative.Generators");

    private static bool IsPartialEverywhere(INamedTypeSymbol type, SymbolAnalysisContext context)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return false;
            }
        }

        return true;
    }
}
