using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SmarterProctoring.Declarative.Generators.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Generators.Diagnostics;

/// <summary>
/// Checks constant arguments at call sites of client methods against the checks the generated code runs before
/// sending, so a call that can only throw is an error where it is written: a SID that does not match its pattern
/// (SPD4001, also for constants assigned to <c>[Sid]</c> properties), a header value with a line break (SPD4002)
/// and a path value that is empty, <c>.</c> or <c>..</c> (SPD4003). Constant folding is the compiler's: a
/// <c>const</c> or <c>"AI" + "…"</c> is checked like a literal. Parameters are bound by the parser's own
/// <see cref="MethodDeclaration"/>, so a call site is judged by the binding the generated code uses.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantArgumentAnalyzer : DiagnosticAnalyzer
{
    private static readonly char[] s_lineBreaks = ['\r', '\n', '\0'];

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.InvalidSidArgument, DiagnosticDescriptors.HeaderValueWithLineBreak, DiagnosticDescriptors.PathValueChangesPath);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            KnownSymbols known = KnownSymbols.For(start.Compilation);
            if (!known.HasDeclarationAttributes)
            {
                return;
            }

            var methods = new ConcurrentDictionary<IMethodSymbol, MethodDeclaration?>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, known, methods), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, known), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, KnownSymbols known, ConcurrentDictionary<IMethodSymbol, MethodDeclaration?> methods)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol target = invocation.TargetMethod.OriginalDefinition;
        if (target is not { IsAbstract: true, IsStatic: false, MethodKind: MethodKind.Ordinary, ContainingType: { TypeKind: TypeKind.Interface } type }
            || methods.GetOrAdd(target, m => Parser.IsClientInterface(type, known) ? MethodDeclaration.Read(m, known) : null) is not MethodDeclaration method)
        {
            return;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter is IParameterSymbol parameter
                && argument.Value.ConstantValue is { HasValue: true } constant && (constant.Value is null || constant.Value is string))
            {
                Check(context, method.Parameters[parameter.Ordinal], constant.Value as string, argument.Value.Syntax.GetLocation());
            }
        }
    }

    private static void Check(OperationAnalysisContext context, ParameterDeclaration parameter, string? value, Location location)
    {
        if (parameter.Binding is not (ParameterBinding.Path or ParameterBinding.Query or ParameterBinding.Header)
            || TypeShapes.UnwrapNullable(parameter.Symbol.Type).SpecialType != SpecialType.System_String)
        {
            return;
        }

        if (parameter.SidPrefix is string prefix && SidPattern.IsValidPrefix(prefix))
        {
            bool optional = parameter.Binding != ParameterBinding.Path && parameter.Symbol.Type.NullableAnnotation == NullableAnnotation.Annotated;
            if (!(value is null && optional) && !SidPattern.IsValid(value, prefix))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSidArgument, location, SidPattern.Explain(value, prefix, parameter.Name)));
            }
        }
        else if (parameter.Binding == ParameterBinding.Header && value is not null && value.IndexOfAny(s_lineBreaks) is int at and >= 0)
        {
            string what = value[at] == '\r' ? "a carriage return (U+000D)" : value[at] == '\n' ? "a line feed (U+000A)" : "a NUL character (U+0000)";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HeaderValueWithLineBreak, location, parameter.Name, what, parameter.Key));
        }
        else if (parameter.Binding == ParameterBinding.Path && value is null or "" or "." or "..")
        {
            string what = value is null ? "null" : value.Length == 0 ? "empty" : "'" + value + "'";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.PathValueChangesPath, location, parameter.Name, what));
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, KnownSymbols known)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Type.SpecialType: SpecialType.System_String } property }
            || assignment.Value.ConstantValue is not { HasValue: true, Value: string value })
        {
            return;
        }

        if (SidRules.PrefixOf(property, known) is string prefix && !SidPattern.IsValid(value, prefix))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidSidArgument, assignment.Value.Syntax.GetLocation(), SidPattern.Explain(value, prefix, property.Name)));
        }
    }
}
