using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SmarterProctoring.Declarative.Analyzers.Model;

/// <summary>How a client uses JSON: the context it names and the types each method sends and reads.</summary>
internal static class JsonUsage
{
    /// <summary>The interface's <c>[JsonContext]</c>, else the assembly's (as the generator looks them up).</summary>
    public static AttributeData? ContextAttribute(INamedTypeSymbol type, KnownTypes known)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (KnownTypes.Is(attribute.AttributeClass, known.JsonContextAttribute))
            {
                return attribute;
            }
        }

        foreach (AttributeData attribute in type.ContainingAssembly.GetAttributes())
        {
            if (KnownTypes.Is(attribute.AttributeClass, known.JsonContextAttribute))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The context type the interface names, or null when it names none (or a type that does not bind).</summary>
    public static INamedTypeSymbol? Context(INamedTypeSymbol type, KnownTypes known) =>
        ContextAttribute(type, known) is { ConstructorArguments.Length: 1 } attribute
            && attribute.ConstructorArguments[0].Value is INamedTypeSymbol { TypeKind: not TypeKind.Error } context
            ? context
            : null;

    /// <summary>The types a method writes ("sends") and reads ("reads") as JSON, as they are looked up in the context.</summary>
    public static IEnumerable<(string Use, ITypeSymbol Type)> TypesOf(ClientMethod method, KnownTypes known)
    {
        foreach (ClientParameter parameter in method.Parameters)
        {
            if (parameter.Binding == Binding.Body)
            {
                yield return ("sends", JsonTypeOf(parameter.Symbol.Type));
            }
        }

        if (ReturnTypes.Read(method.Symbol.ReturnType, known).Result is ITypeSymbol result)
        {
            yield return ("reads", JsonTypeOf(result));
        }
    }

    /// <summary>True when <paramref name="type"/> derives from the known <c>JsonSerializerContext</c>.</summary>
    public static bool IsJsonContext(INamedTypeSymbol type, KnownTypes known)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (KnownTypes.Is(current, known.Json.SerializerContext))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nullable value types keep their <c>?</c> (they are distinct metadata); references lose it.</summary>
    private static ITypeSymbol JsonTypeOf(ITypeSymbol type) =>
        type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type;
}
