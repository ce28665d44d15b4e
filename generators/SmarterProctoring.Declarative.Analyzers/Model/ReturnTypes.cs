using Microsoft.CodeAnalysis;

namespace SmarterProctoring.Declarative.Analyzers.Model;

/// <summary>What a client method returns.</summary>
internal enum ReturnShape
{
    Unsupported,
    Task,
    TaskOfResult,
    TaskOfApiResponse,
}

/// <summary>Reads a return type the way the generator does (its ReadReturnType); ValueTask forms count as Task forms.</summary>
internal static class ReturnTypes
{
    /// <summary>The shape, and the type read from the response body (null when nothing is read).</summary>
    public static (ReturnShape Shape, ITypeSymbol? Result) Read(ITypeSymbol returnType, KnownTypes known)
    {
        if (KnownTypes.Is(returnType, known.Task) || KnownTypes.Is(returnType, known.ValueTask))
        {
            return (ReturnShape.Task, null);
        }

        if (returnType is not INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
            || !(KnownTypes.Is(generic.OriginalDefinition, known.TaskOfT) || KnownTypes.Is(generic.OriginalDefinition, known.ValueTaskOfT)))
        {
            return (ReturnShape.Unsupported, null);
        }

        ITypeSymbol argument = generic.TypeArguments[0];
        if (argument is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } response
            && KnownTypes.Is(response.OriginalDefinition, known.ApiResponse))
        {
            return (ReturnShape.TaskOfApiResponse, response.TypeArguments[0]);
        }

        return (ReturnShape.TaskOfResult, argument);
    }
}
