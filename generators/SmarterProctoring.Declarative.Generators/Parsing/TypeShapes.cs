using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Which return types a call may have, and which types can be sent as path, query or header values, and how: one
/// definition for the model, the diagnostics and the call-site analyzer.
/// </summary>
internal static class TypeShapes
{
    /// <summary>
    /// What a method returns — Task, Task&lt;T&gt;, Task&lt;ApiResponse&lt;T&gt;&gt;, Task&lt;ApiResponse&gt;, their
    /// ValueTask forms, or IAsyncEnumerable&lt;T&gt; — the T, and how T is read from the body.
    /// </summary>
    public static ReturnType ReadReturnType(ITypeSymbol returnType, KnownSymbols known)
    {
        if (Is(returnType, known.Task))
        {
            return new ReturnType(ReturnShape.Task, null, ResultKind.None, null);
        }

        if (Is(returnType, known.ValueTask))
        {
            return new ReturnType(ReturnShape.ValueTask, null, ResultKind.None, null);
        }

        if (returnType is not INamedTypeSymbol { IsGenericType: true, TypeArguments: [ITypeSymbol argument] } generic)
        {
            return ReturnType.Unsupported(null);
        }

        if (Is(generic.OriginalDefinition, known.IAsyncEnumerableOfT))
        {
            return new ReturnType(ReturnShape.AsyncEnumerable, argument, ResultKind.Json, null);
        }

        bool isTask = Is(generic.OriginalDefinition, known.TaskOfT);
        if (!isTask && !Is(generic.OriginalDefinition, known.ValueTaskOfT))
        {
            return ReturnType.Unsupported(null);
        }

        ReturnShape apiResponse = isTask ? ReturnShape.TaskOfApiResponse : ReturnShape.ValueTaskOfApiResponse;
        if (Is(argument, known.ApiResponseWithoutContent))
        {
            return new ReturnType(apiResponse, null, ResultKind.None, null);
        }

        if (argument is INamedTypeSymbol { IsGenericType: true, TypeArguments: [ITypeSymbol content] } response
            && Is(response.OriginalDefinition, known.ApiResponse))
        {
            ResultKind kind = KindOf(content, known);
            return kind is ResultKind.Stream or ResultKind.Response
                ? ReturnType.Unsupported("an ApiResponse<T> holds content that was read; return Task<" + content.Name + "> to get the unread body")
                : new ReturnType(apiResponse, content, kind, null);
        }

        return new ReturnType(isTask ? ReturnShape.TaskOfResult : ReturnShape.ValueTaskOfResult, argument, KindOf(argument, known), null);
    }

    /// <summary>
    /// How a declared result is read: a string as text (or a JSON string), a byte array as bytes, a Stream and an
    /// HttpResponseMessage unread; anything else as JSON.
    /// </summary>
    private static ResultKind KindOf(ITypeSymbol type, KnownSymbols known)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return ResultKind.Text;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return ResultKind.Bytes;
        }

        return Is(type, known.Stream) ? ResultKind.Stream
            : Is(type, known.HttpResponseMessage) ? ResultKind.Response
            : ResultKind.Json;
    }

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
        ParameterBinding.HeaderCollection => "a dictionary of strings, or a collection of KeyValuePair<string, string>",
        ParameterBinding.Form => "a class, struct or record whose members are flattened, a dictionary of strings, or a collection of KeyValuePair<string, string>",
        _ => "string, bool, a value type that implements IFormattable, their nullable forms, a collection of strings or IFormattable values, "
            + "an object whose members are flattened, or a dictionary of strings",
    };

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

    /// <summary>
    /// What a part of a <c>[Multipart]</c> body of <paramref name="type"/> sends: a stream, bytes, a file, text, a
    /// value's text, a described part, a collection of one of those, or else JSON; <see cref="PartKind.None"/> with
    /// <paramref name="why"/> when it cannot be a part at all.
    /// </summary>
    public static PartKind PartKindOf(ITypeSymbol type, KnownSymbols known, out string? why)
    {
        why = null;
        ITypeSymbol underlying = UnwrapNullable(type);
        PartKind single = SinglePartKind(underlying, known, out why);
        if (single != PartKind.Json || why is not null)
        {
            return single;
        }

        if (underlying.SpecialType != SpecialType.System_String && EnumerableElement(underlying, known.IEnumerableOfT) is ITypeSymbol element)
        {
            switch (SinglePartKind(UnwrapNullable(element), known, out _))
            {
                case PartKind.Stream:
                    return PartKind.StreamCollection;
                case PartKind.Bytes:
                    return PartKind.BytesCollection;
                case PartKind.File:
                    return PartKind.FileCollection;
                case PartKind.Described:
                    return PartKind.DescribedCollection;
                case PartKind.Memory:
                    why = "a collection of ReadOnlyMemory<byte> is not one the generated code sends part by part; declare byte[] elements or MultipartPart ones";
                    return PartKind.None;
                case PartKind.None:
                    why = "its elements cannot be parts: " + element.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + " is not a value a part can send";
                    return PartKind.None;
            }
        }

        return PartKind.Json;
    }

    private static PartKind SinglePartKind(ITypeSymbol type, KnownSymbols known, out string? why)
    {
        why = null;
        if (type.SpecialType == SpecialType.System_String)
        {
            return PartKind.Text;
        }

        if (type.SpecialType == SpecialType.System_Boolean || IsFormattableValue(type, known.IFormattable))
        {
            return PartKind.Value;
        }

        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte })
        {
            return PartKind.Bytes;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments: [ { SpecialType: SpecialType.System_Byte }] } memory
            && (Is(memory.OriginalDefinition, known.ReadOnlyMemoryOfT) || Is(memory.OriginalDefinition, known.MemoryOfT)))
        {
            return PartKind.Memory;
        }

        if (DerivesFrom(type, known.Stream))
        {
            return PartKind.Stream;
        }

        if (Is(type, known.FileInfo))
        {
            return PartKind.File;
        }

        if (Is(type, known.MultipartPart))
        {
            return PartKind.Described;
        }

        why = type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic
                ? "object has no shape at compile time, so neither its content nor its JSON can be chosen; declare the type it holds, or a MultipartPart"
            : DerivesFrom(type, known.FileSystemInfo) ? "a directory is not a part; send its files (FileInfo, or a collection of them)"
            : DerivesFrom(type, known.HttpContent) ? "an HttpContent brings headers of its own that the part's would contradict; pass its stream or bytes, or a MultipartPart"
            : type.TypeKind == TypeKind.Delegate ? "a delegate is code, not content"
            : type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer ? "a pointer has no content the request can send"
            : type.TypeKind == TypeKind.TypeParameter ? "a type parameter has no content type or JSON known at compile time"
            : Is(type.OriginalDefinition, known.Task) || Is(type.OriginalDefinition, known.TaskOfT) || Is(type.OriginalDefinition, known.ValueTask)
                || Is(type.OriginalDefinition, known.ValueTaskOfT) ? "a task is a value still to come; await it and pass its result"
            : Is(type.OriginalDefinition, known.IAsyncEnumerableOfT) ? "an asynchronous sequence cannot be counted or rewound for a part; collect it, or pass a Stream"
            : type.IsRefLikeType ? "a ref struct cannot be kept until the request is sent; pass a byte[] or ReadOnlyMemory<byte>"
            : null;
        return why is null ? PartKind.Json : PartKind.None;
    }

    /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol? baseType)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, baseType))
            {
                return true;
            }
        }

        return false;
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
        known is not null && SymbolEqualityComparer.Default.Equals(type.WithNullableAnnotation(NullableAnnotation.None), known);

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

/// <summary>A method's return type as the generator reads it.</summary>
/// <param name="Shape">The awaitable (or enumerable) and what it wraps.</param>
/// <param name="Result">The T of the declaration, or null when nothing is read.</param>
/// <param name="Kind">How <paramref name="Result"/> is read from the body.</param>
/// <param name="Why">For an unsupported shape that is close to a supported one, what to declare instead.</param>
internal readonly record struct ReturnType(ReturnShape Shape, ITypeSymbol? Result, ResultKind Kind, string? Why)
{
    public static ReturnType Unsupported(string? why) => new(ReturnShape.Unsupported, null, ResultKind.None, why);

    /// <summary>The type read as JSON through the client's metadata, or null when none is.</summary>
    public ITypeSymbol? JsonResult => Kind == ResultKind.Json ? Result : null;
}
