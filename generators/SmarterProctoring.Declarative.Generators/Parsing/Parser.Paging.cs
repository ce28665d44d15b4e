using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Diagnostics;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

internal static partial class Parser
{
    private const string ReturnShapes =
        "a generated call returns Task, Task<T>, Task<ApiResponse<T>>, Task<ApiResponse>, their ValueTask forms, or IAsyncEnumerable<T>";

    /// <summary>The method's <c>[Paged]</c> attribute, or null.</summary>
    private static AttributeData? PagedAttributeOf(IMethodSymbol method, KnownSymbols known) =>
        method.GetAttributes().FirstOrDefault(a => KnownSymbols.Is(a.AttributeClass, known.PagedAttribute));

    /// <summary>The page type a <c>[Paged]</c> attribute names, or null when its argument does not bind.</summary>
    private static ITypeSymbol? PageTypeOf(AttributeData paged) =>
        paged.ConstructorArguments is [{ Kind: TypedConstantKind.Type, Value: ITypeSymbol type }] && type.TypeKind != TypeKind.Error ? type : null;

    /// <summary>
    /// The rules of a paged call (SPD2029–SPD2033) and, when they hold, its walk. <paramref name="element"/> is the
    /// T of <c>IAsyncEnumerable&lt;T&gt;</c>, or null when the method does not return one.
    /// </summary>
    private static PagedSpec? ReadPaging(
        MethodDeclaration declaration,
        AttributeData? paged,
        ITypeSymbol? element,
        List<ParameterSpec> parameters,
        KnownSymbols known,
        JsonTypeNames jsonTypes,
        List<ITypeSymbol> jsonRoots,
        HashSet<string> parameterNames,
        Problems problems,
        CancellationToken cancellationToken)
    {
        IMethodSymbol method = declaration.Symbol;
        string name = method.Name;
        int blockingBefore = problems.BlockingCount;
        int offset = ReadPageOffset(declaration, paged is not null, known, problems);
        if (paged is null)
        {
            return null;
        }

        Location attribute = AttributeArguments.LocationOf(paged, 0, "pageType", cancellationToken);
        if (declaration.Verb is VerbAttribute verb && verb.Verb != HttpVerb.Get)
        {
            problems.Block(DiagnosticDescriptors.PagedShape, attribute, name, "it sends " + verb.Method + "; only a GET pages (a page is read, not changed)");
        }

        if (element is null)
        {
            if (method.ReturnType.TypeKind != TypeKind.Error)
            {
                problems.Block(DiagnosticDescriptors.PagedShape, declaration.Location, name,
                    "it returns " + Display(method.ReturnType) + "; a paged call returns IAsyncEnumerable<T> of the items, or of the page type for whole pages");
            }

            return null;
        }

        if (PageTypeOf(paged) is not ITypeSymbol page)
        {
            problems.BlockSilently("Its [Paged] page type does not compile");
            return null;
        }

        string? items = NamedString(paged, "Items");
        string? next = NamedString(paged, "Next");
        string? total = NamedString(paged, "Total");
        string pageName = Display(page);

        ITypeSymbol? itemElement = null;
        if (string.IsNullOrEmpty(items))
        {
            problems.Block(DiagnosticDescriptors.PagedShape, attribute, name,
                "it does not name the page member that holds the items; add Items = \"Results\" (the collection's name in " + pageName + ")");
        }
        else if (PageMember(page, items!) is not ITypeSymbol itemsType)
        {
            problems.Block(DiagnosticDescriptors.PagedMemberNotFound, AttributeArguments.NamedLocationOf(paged, "Items", cancellationToken), name, pageName, items, "Items");
        }
        else if ((itemElement = itemsType.SpecialType == SpecialType.System_String ? null : TypeShapes.EnumerableElement(itemsType, known.IEnumerableOfT)) is null)
        {
            problems.Block(DiagnosticDescriptors.PagedMemberType, AttributeArguments.NamedLocationOf(paged, "Items", cancellationToken), name, pageName, "Items", items,
                Display(itemsType), "Items must be a collection (an array, list or other IEnumerable<T>) of the items");
        }

        bool yieldsPages = SymbolEqualityComparer.Default.Equals(element.WithNullableAnnotation(NullableAnnotation.None), page.WithNullableAnnotation(NullableAnnotation.None));
        if (!yieldsPages && itemElement is not null
            && !SymbolEqualityComparer.Default.Equals(element.WithNullableAnnotation(NullableAnnotation.None), itemElement.WithNullableAnnotation(NullableAnnotation.None)))
        {
            problems.Block(DiagnosticDescriptors.PagedShape, declaration.Location, name,
                "it yields " + Display(element) + ", which is neither the page type " + pageName + " nor " + Display(itemElement) + ", the element type of its Items '" + items + "'");
        }

        bool nextIsUri = false;
        if (next is not null)
        {
            if (PageMember(page, next) is not ITypeSymbol nextType)
            {
                problems.Block(DiagnosticDescriptors.PagedMemberNotFound, AttributeArguments.NamedLocationOf(paged, "Next", cancellationToken), name, pageName, next, "Next link");
            }
            else if (nextType.SpecialType == SpecialType.System_String || (nextIsUri = KnownSymbols.Is(nextType.WithNullableAnnotation(NullableAnnotation.None), known.Uri)))
            {
                // A string or a Uri: either names the next page.
            }
            else
            {
                problems.Block(DiagnosticDescriptors.PagedMemberType, AttributeArguments.NamedLocationOf(paged, "Next", cancellationToken), name, pageName, "Next link", next,
                    Display(nextType), "a next link is a string or a Uri");
            }
        }

        if (total is not null)
        {
            if (PageMember(page, total) is not ITypeSymbol totalType)
            {
                problems.Block(DiagnosticDescriptors.PagedMemberNotFound, AttributeArguments.NamedLocationOf(paged, "Total", cancellationToken), name, pageName, total, "Total");
            }
            else if (!IsInteger(totalType))
            {
                problems.Block(DiagnosticDescriptors.PagedMemberType, AttributeArguments.NamedLocationOf(paged, "Total", cancellationToken), name, pageName, "Total", total,
                    Display(totalType), "a total is an integer (int or long, or their nullable forms)");
            }
        }

        if (next is not null && (offset >= 0 || total is not null))
        {
            problems.Block(DiagnosticDescriptors.PagingMode, AttributeArguments.NamedLocationOf(paged, "Next", cancellationToken), name,
                "follows Next links and also counts offsets (" + (offset >= 0 ? "a [PageOffset] parameter" : "Total")
                + "); a walk does one or the other, so keep Next or the offset");
        }
        else if (next is null && offset < 0)
        {
            problems.Block(DiagnosticDescriptors.PagingMode, total is null ? attribute : AttributeArguments.NamedLocationOf(paged, "Total", cancellationToken), name,
                total is null
                    ? "has [Paged] with neither a Next link nor a [PageOffset] parameter, so it cannot ask for a second page; name the link (Next = \"Next\") or mark the offset [Query] parameter with [PageOffset]"
                    : "names Total, which counts offsets, but no parameter has [PageOffset]; mark the offset [Query] parameter with [PageOffset]");
        }

        if (problems.BlockingSince(blockingBefore) is not null)
        {
            return null;
        }

        string pageFullName = JsonContextParser.FullNameOf(page, known);
        jsonRoots.Add(page);
        return new PagedSpec(
            pageFullName,
            jsonTypes.MemberFor(pageFullName),
            known.NameOf(itemElement!, s_typeFormat),
            items!,
            next,
            nextIsUri,
            total,
            offset,
            yieldsPages,
            UniqueLocal("page", parameterNames),
            UniqueLocal("offset", parameterNames));
    }

    /// <summary>
    /// The index of the one <c>[PageOffset]</c> parameter, or -1. SPD2031: on a call without <c>[Paged]</c>, on a value
    /// that is not an integer, not sent in the query, or a second one.
    /// </summary>
    private static int ReadPageOffset(MethodDeclaration declaration, bool isPaged, KnownSymbols known, Problems problems)
    {
        int found = -1;
        for (int i = 0; i < declaration.Parameters.Count; i++)
        {
            ParameterDeclaration parameter = declaration.Parameters[i];
            if (!parameter.Symbol.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, known.PageOffsetAttribute)))
            {
                continue;
            }

            string? why = !isPaged ? "is on a call without [Paged]; remove it, or page the call"
                : found >= 0 ? "is a second one; a walk counts one offset (the first is '" + declaration.Parameters[found].Name + "')"
                : !IsInteger(parameter.Symbol.Type) ? "is " + Display(parameter.Symbol.Type) + "; an offset is an integer (int or long, or their nullable forms)"
                : parameter.Binding != ParameterBinding.Query ? "is not sent in the query string, so no page could start elsewhere; add [Query]"
                : null;
            if (why is not null)
            {
                problems.Block(DiagnosticDescriptors.InvalidPageOffset, parameter.Location, parameter.Name, declaration.Symbol.Name, why);
            }

            if (found < 0)
            {
                found = i;
            }
        }

        return found;
    }

    /// <summary>The type of the page's public readable instance property or field <paramref name="name"/>, or null.</summary>
    private static ITypeSymbol? PageMember(ITypeSymbol page, string name)
    {
        for (ITypeSymbol? type = page; type is not null; type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers(name))
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                if (member is IPropertySymbol { IsIndexer: false, GetMethod: { DeclaredAccessibility: Accessibility.Public } } property)
                {
                    return property.Type;
                }

                if (member is IFieldSymbol field)
                {
                    return field.Type;
                }
            }
        }

        return null;
    }

    private static bool IsInteger(ITypeSymbol type) => TypeShapes.UnwrapNullable(type).SpecialType is
        SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_UInt32 or SpecialType.System_Byte or SpecialType.System_SByte;

    private static string? NamedString(AttributeData attribute, string name)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
}
