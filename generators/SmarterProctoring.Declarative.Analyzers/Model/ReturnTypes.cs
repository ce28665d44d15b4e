using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators;
using ReturnShape = SmarterProctoring.Declarative.Generators.Model.ReturnShape;

namespace SmarterProctoring.Declarative.Analyzers.Model;

/// <summary>Reads a return type with the generator's own TypeShapes (linked), so both agree on what is supported.</summary>
internal static class ReturnTypes
{
    /// <summary>The shape, and the type read from the response body (null when nothing is read).</summary>
    public static (ReturnShape Shape, ITypeSymbol? Result) Read(ITypeSymbol returnType, KnownTypes known) =>
        TypeShapes.ReadReturnType(returnType, known.Task, known.TaskOfT, known.ValueTask, known.ValueTaskOfT, known.ApiResponse);
}
