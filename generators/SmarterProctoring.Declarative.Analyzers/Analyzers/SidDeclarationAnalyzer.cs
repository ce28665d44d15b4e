using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SmarterProctoring.Declarative.Analyzers.Model;
using ValueKind = SmarterProctoring.Declarative.Generators.Model.ValueKind;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Analyzers;

/// <summary>
/// Reports <c>[Sid]</c> declarations the generated checks cannot honour: a prefix that is not two uppercase letters
/// (SPD2022), a constrained value that is not a string (SPD2023) and <c>[Sid]</c> on a body parameter (SPD2024).
/// Parameters are checked on client methods, properties everywhere (a body's SID properties).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SidDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidSidPrefix, DiagnosticDescriptors.SidOnNonString, DiagnosticDescriptors.SidOnBody);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (KnownTypes.TryCreate(start.Compilation) is not KnownTypes known)
            {
                return;
            }

            start.RegisterSymbolAction(c => AnalyzeInterface(c, known), SymbolKind.NamedType);
            start.RegisterSymbolAction(c => AnalyzeProperty(c, known), SymbolKind.Property);
        });
    }

    private static void AnalyzeInterface(SymbolAnalysisContext context, KnownTypes known)
    {
        if (ClientInterface.TryRead(context.Symbol, known, context.CancellationToken) is not ClientInterface client)
        {
            return;
        }

        foreach (ClientMethod method in client.Methods)
        {
            foreach (ClientParameter parameter in method.Parameters)
            {
                if (parameter.Sid is not AttributeData sid || !CheckPrefix(context, sid))
                {
                    continue;
                }

                if (parameter.Binding == Binding.Body)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.SidOnBody, parameter.Location, parameter.Name, method.Symbol.Name, parameter.Symbol.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
                }
                else if (ValueKinds.UnwrapNullable(parameter.Symbol.Type).SpecialType != SpecialType.System_String)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.SidOnNonString, parameter.Location, parameter.Name, parameter.Symbol.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), "string"));
                }
            }
        }
    }

    private static void AnalyzeProperty(SymbolAnalysisContext context, KnownTypes known)
    {
        var property = (IPropertySymbol)context.Symbol;
        foreach (AttributeData attribute in property.GetAttributes())
        {
            if (!KnownTypes.Is(attribute.AttributeClass, known.SidAttribute) || !CheckPrefix(context, attribute))
            {
                continue;
            }

            if (ValueKinds.Of(property.Type, known) is not (ValueKind.String or ValueKind.StringCollection))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.SidOnNonString, property.Locations[0], property.Name, property.Type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), "string or a collection of strings"));
            }
        }
    }

    /// <summary>Reports an invalid prefix; true when the prefix is valid, so the rest of the declaration is worth checking.</summary>
    private static bool CheckPrefix(SymbolAnalysisContext context, AttributeData sid)
    {
        if (sid.AttributeConstructor is null || sid.ConstructorArguments.Length != 1)
        {
            return false;
        }

        string? prefix = sid.ConstructorArguments[0].Value as string;
        if (SidPattern.IsValidPrefix(prefix))
        {
            return true;
        }

        Location location = AttributeArguments.LocationOf(sid, 0, "prefix", context.CancellationToken);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSidPrefix, location, prefix ?? "null"));
        return false;
    }
}
