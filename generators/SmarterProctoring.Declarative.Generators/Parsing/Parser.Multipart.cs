using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Diagnostics;
using SmarterProctoring.Declarative.Generators.Model;
using SmarterProctoring.Declarative.Routing;

namespace SmarterProctoring.Declarative.Generators;

internal static partial class Parser
{
    /// <summary>
    /// The <c>[Multipart]</c> of a method: its boundary (SPD2045 when it is not an RFC 2046 one), SPD2042 for a
    /// <c>[Body]</c> or <c>[Form]</c> beside it, and SPD2003 on a verb whose body servers drop.
    /// </summary>
    private static string? ReadMultipart(MethodDeclaration declaration, List<ParameterSpec> parameters, Problems problems, CancellationToken cancellationToken)
    {
        if (declaration.Multipart is not AttributeData multipart)
        {
            return null;
        }

        string name = declaration.Symbol.Name;
        for (int i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].Binding is ParameterBinding.Body or ParameterBinding.Form)
            {
                problems.Block(DiagnosticDescriptors.MultipartWithBody, declaration.Parameters[i].Location, name, parameters[i].Name,
                    parameters[i].Binding == ParameterBinding.Body ? "[Body]" : "[Form]");
            }
        }

        if (declaration.Verb?.Verb is HttpVerb.Get or HttpVerb.Delete or HttpVerb.Head)
        {
            problems.Report(DiagnosticDescriptors.BodyWithoutContent, AttributeLocation(multipart, cancellationToken), name, "multipart/form-data", declaration.Verb.Method);
        }

        if (multipart.ConstructorArguments.Length != 1 || multipart.ConstructorArguments[0].Kind != TypedConstantKind.Primitive)
        {
            return null;
        }

        string? boundary = multipart.ConstructorArguments[0].Value as string;
        if (MultipartRules.WhyInvalidBoundary(boundary) is string why)
        {
            problems.Block(DiagnosticDescriptors.InvalidMultipartArgument, AttributeArguments.LocationOf(multipart, 0, "boundary", cancellationToken),
                "multipart boundary", Printable(boundary ?? string.Empty), name, why);
            return null;
        }

        return boundary;
    }

    /// <summary>
    /// A part of a <c>[Multipart]</c> body: what it sends (SPD2043 when it cannot be one), and its declared name, file
    /// name and content type (SPD2045 for one that cannot be sent). SPD2044 for a <c>[Part]</c> without <c>[Multipart]</c>.
    /// </summary>
    private static (PartKind Kind, ValueKind ValueKind, string? FileName, string? ContentType) ReadPart(
        ParameterDeclaration parameter, MethodDeclaration method, KnownSymbols known, Problems problems, CancellationToken cancellationToken)
    {
        string methodName = method.Symbol.Name;
        if (method.Multipart is null)
        {
            problems.Block(DiagnosticDescriptors.PartOutsideMultipart, parameter.Location, methodName, parameter.Name);
            return (PartKind.None, ValueKind.None, null, null);
        }

        ITypeSymbol type = parameter.Symbol.Type;
        string? why = null;
        bool broken = ContainsErrors(type);
        PartKind kind = broken ? PartKind.None : TypeShapes.PartKindOf(type, known, out why);
        if (broken)
        {
            problems.BlockSilently("The type of part '" + parameter.Name + "' does not compile");
        }
        else if (kind == PartKind.None)
        {
            problems.Block(DiagnosticDescriptors.UnsendablePart, parameter.Location, methodName, parameter.Name, why);
        }

        string? fileName = null;
        string? contentType = null;
        AttributeData? part = parameter.BindingAttributes.Count > 0 && parameter.BindingAttributes[0].Binding == ParameterBinding.Part
            ? parameter.BindingAttributes[0].Data
            : null;
        if (part is not null)
        {
            string partName = parameter.Key!;
            string described = "part '" + Printable(partName) + "'";
            if (part.ConstructorArguments.Length == 1 && WhyInvalidText(partName, MultipartRules.WhyInvalidPartName(partName)) is string badName)
            {
                problems.Block(DiagnosticDescriptors.InvalidMultipartArgument, AttributeArguments.LocationOf(part, 0, "name", cancellationToken),
                    "name of parameter '" + parameter.Name + "'", Printable(partName), methodName, badName);
            }

            foreach (KeyValuePair<string, TypedConstant> argument in part.NamedArguments)
            {
                if (argument.Value.Value is not string value)
                {
                    continue;
                }

                if (argument.Key == "FileName")
                {
                    fileName = value;
                    if (WhyInvalidText(value, null) is string badFile)
                    {
                        problems.Block(DiagnosticDescriptors.InvalidMultipartArgument, AttributeArguments.NamedLocationOf(part, "FileName", cancellationToken),
                            "file name of " + described, Printable(value), methodName, badFile);
                        fileName = null;
                    }
                }
                else if (argument.Key == "ContentType")
                {
                    contentType = value;
                    if (MultipartRules.WhyInvalidMediaType(value) is string badType)
                    {
                        problems.Block(DiagnosticDescriptors.InvalidMultipartArgument, AttributeArguments.NamedLocationOf(part, "ContentType", cancellationToken),
                            "content type of " + described, Printable(value), methodName, badType);
                        contentType = null;
                    }
                }
            }

            if (kind is PartKind.Described or PartKind.DescribedCollection && (fileName is not null || contentType is not null || part.ConstructorArguments.Length == 1))
            {
                problems.Block(DiagnosticDescriptors.UnsendablePart, parameter.Location, methodName, parameter.Name,
                    "a MultipartPart names itself and carries its own file name and content type, so [Part] cannot give it others; remove [Part]");
            }
        }

        ValueKind valueKind = kind == PartKind.Value ? TypeShapes.ValueKindOf(type, known) : ValueKind.None;
        return (kind, valueKind, fileName, contentType);
    }

    /// <summary>Why a constant name or file name cannot be written as UTF-8 (a lone surrogate), else <paramref name="otherwise"/>.</summary>
    private static string? WhyInvalidText(string value, string? otherwise)
    {
        int position = MultipartRules.IndexOfLoneSurrogate(value);
        return position < 0 ? otherwise
            : "it holds an unpaired surrogate at position " + (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                + ", and such text has no UTF-8 form";
    }

    /// <summary>True when <paramref name="type"/>, or a type it is made of (an element, a type argument), does not compile.</summary>
    private static bool ContainsErrors(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => ContainsErrors(array.ElementType),
        IPointerTypeSymbol pointer => ContainsErrors(pointer.PointedAtType),
        INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.Any(ContainsErrors),
        _ => false,
    };

    private static Location AttributeLocation(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;
}
