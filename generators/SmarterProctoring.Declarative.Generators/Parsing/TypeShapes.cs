using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Which return types a call may have, and which types can be sent as path, query or header values, and how: one
/// definition for the model, the diagnostics and the call-site analyzer.
/// </summary>
internal static class TypeShapes
{
    /// <summary>What a method returns: Task, Task&lt;T&gt;, Task&lt;ApiResponse&lt;T&gt;&gt; or their ValueTask forms, and the T.</summary>
    public static (ReturnShape Shape, ITypeSymbol? Result) ReadReturnType(ITypeSymbol returnType, KnownSymbols known) =>
        ReadReturnType(returnType, known.Task, known.TaskOfT, known.ValueTask, known.ValueTaskOfT, known.ApiResponse);

    /// <summary>How a value of <paramref name="type"/> becomes the text of a path, query or header value.</summary>
    public static ValueKind ValueKindOf(ITypeSymbol type, KnownSymbols known) => ValueKindOf(type, known.IFormattable, known.IEnumerableOfT);

    /// <summary>
    /// True when a value of <paramref name="type"/> (of <paramref name="kind"/>) can be sent with the binding. A path
    /// value is never optional, so a nullable value type cannot be one.
    /// </summary>
    public static bool Fits(ParameterBinding binding, ITypeSymbol type, ValueKind kind) => binding switch
    {
        ParameterBinding.Path => kind == ValueKind.String || (kind == ValueKind.Formattable && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T),
        ParameterBinding.Header => kind is ValueKind.String or ValueKind.Boolean or ValueKind.Formattable,
        ParameterBinding.Query => kind != ValueKind.None,
        _ => true,
    };

    /// <summary>The types a binding accepts, for messages.</summary>
    public static string Accepted(ParameterBinding binding) => binding switch
    {
        ParameterBinding.Path => "string or a non-nullable value type that implements IFormattable (a number, Guid, date or enum)",
        ParameterBinding.Header => "string, bool or a value type that implements IFormattable, or their nullable forms",
        _ => "string, bool, a value type that implements IFormattable, their nullable forms, or a collection of strings or IFormattable values",
    };

    private static (ReturnShape Shape, ITypeSymbol? Result) ReadReturnType(
        ITypeSymbol returnType,
        INamedTypeSymbol? task,
        INamedTypeSymbol? taskOfT,
        INamedTypeSymbol? valueTask,
        INamedTypeSymbol? valueTaskOfT,
        INamedTypeSymbol? apiResponse)
    {
        if (Is(returnType, task))
        {
            return (ReturnShape.Task, null);
        }

        if (Is(returnType, valueTask))
        {
            return (ReturnShape.ValueTask, null);
        }

        if (returnType is not INamedTypeSymbol { IsGenericType: true, TypeArguments: [ITypeSymbol argument] } generic)
        {
            return (ReturnShape.Unsupported, null);
        }

        bool isTask = Is(generic.OriginalDefinition, taskOfT);
        if (!isTask && !Is(generic.OriginalDefinition, valueTaskOfT))
        {
            return (ReturnShape.Unsupported, null);
        }

        if (argument is INamedTypeSymbol { IsGenericType: true, TypeArguments: [ITypeSymbol content] } response
            && Is(response.OriginalDefinition, apiResponse))
        {
            return (isTask ? ReturnShape.TaskOfApiResponse : ReturnShape.ValueTaskOfApiResponse, content);
        }

        return (isTask ? ReturnShape.TaskOfResult : ReturnShape.ValueTaskOfResult, argument);
    }

    private static ValueKind ValueKindOf(ITypeSymbol type, INamedTypeSymbol? formattable, INamedTypeSymbol? enumerableOfT)
    {
        ITypeSymbol underlying = UnwrapNullable(type);
        if (underlying.SpecialType == SpecialType.System_String)
        {
            return ValueKind.String;
        }

        if (underlying.SpecialType == SpecialType.System_Boolean)
        {
            return ValueKind.Boolean;
        }

        if (IsFormattableValue(underlying, formattable))
        {
            return ValueKind.Formattable;
        }

        ITypeSymbol? element = EnumerableElement(underlying, enumerableOfT);
        if (element is null)
        {
            return ValueKind.None;
        }

        if (element.SpecialType == SpecialType.System_String)
        {
            return ValueKind.StringCollection;
        }

        return IsFormattableValue(element, formattable) ? ValueKind.FormattableCollection : ValueKind.None;
    }

    public static ITypeSymbol UnwrapNullable(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: [ITypeSymbol inner] }
            ? inner
            : type;

    /// <summary>The element type when <paramref name="type"/> is a one-dimensional array or an <c>IEnumerable&lt;T&gt;</c>.</summary>
    public static ITypeSymbol? EnumerableElement(ITypeSymbol type, INamedTypeSymbol? enumerableOfT)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, enumerableOfT))
        {
            return named.TypeArguments[0];
        }

        foreach (INamedTypeSymbol candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, enumerableOfT))
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);

    private static bool IsFormattableValue(ITypeSymbol type, INamedTypeSymbol? formattable)
    {
        if (formattable is null || !type.IsValueType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return false;
        }

        foreach (INamedTypeSymbol candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, formattable))
            {
                return true;
            }
        }

        return false;
    }
}
