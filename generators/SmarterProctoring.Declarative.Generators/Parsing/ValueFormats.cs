using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// How a path, query or header value of an <c>IFormattable</c> type becomes text beyond the default: a declared
/// <c>Format</c>, checked here against the type so a format every call would reject is a compile-time error, and an
/// enum's JSON names when System.Text.Json writes it as a string.
/// </summary>
internal static class ValueFormats
{
    private const string EnumFormats = "GgDdXxFf";

    /// <summary>
    /// Why <paramref name="format"/> cannot format a <paramref name="type"/>, or null when it can (or the type is one
    /// the check does not know: a user's <c>IFormattable</c> decides for itself).
    /// </summary>
    /// <remarks>
    /// The number, date and <c>Guid</c> formats are tried on a sample value, by the same BCL that will format them.
    /// The binary format <c>B</c> is .NET 8's; the generator may run on an older runtime (Visual Studio's), so it is
    /// accepted without trying. <c>DateOnly</c> and <c>TimeOnly</c> do not exist where the generator runs: only their
    /// one-letter standard formats are checked.
    /// </remarks>
    public static string? WhyInvalid(ITypeSymbol type, string format)
    {
        if (format.Length == 0)
        {
            return null;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return format.Length == 1 && EnumFormats.IndexOf(format[0]) >= 0
                ? null
                : "an enum takes only G, D, X or F";
        }

        if (IsBinaryFormat(type, format))
        {
            return null;
        }

        try
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Byte: _ = ((byte)1).ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_SByte: _ = ((sbyte)1).ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_Int16: _ = ((short)1).ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_UInt16: _ = ((ushort)1).ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_Int32: _ = 1.ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_UInt32: _ = 1u.ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_Int64: _ = 1L.ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_UInt64: _ = 1ul.ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_Single: _ = 1.5f.ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_Double: _ = 1.5d.ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_Decimal: _ = 1.5m.ToString(format, CultureInfo.InvariantCulture); return null;
                case SpecialType.System_DateTime: _ = new DateTime(2024, 1, 2, 13, 45, 0, DateTimeKind.Utc).ToString(format, CultureInfo.InvariantCulture); return null;
                default: break;
            }

            switch (JsonContextParser.MetadataName(type))
            {
                case "System.DateTimeOffset": _ = new DateTimeOffset(2024, 1, 2, 13, 45, 0, TimeSpan.Zero).ToString(format, CultureInfo.InvariantCulture); return null;
                case "System.TimeSpan": _ = new TimeSpan(1, 2, 3, 4).ToString(format, CultureInfo.InvariantCulture); return null;
                case "System.Guid": _ = Guid.Empty.ToString(format, CultureInfo.InvariantCulture); return null;
                case "System.DateOnly": return StandardLetterCheck(format, "dDmMoOrRyY", "DateOnly") ?? ForeignSpecifier(format, "hHmsfFtzK", "a date has no time of day or offset");
                case "System.TimeOnly": return StandardLetterCheck(format, "tToOrR", "TimeOnly") ?? ForeignSpecifier(format, "dMyz", "a time of day has no date or offset");
                default: return null;
            }
        }
        catch (FormatException exception)
        {
            return exception.Message;
        }
    }

    /// <summary>
    /// The JSON names of an enum's members that differ from their C# names, when System.Text.Json writes the enum as a
    /// string (a <c>JsonStringEnumConverter</c> on the enum type) and a member renames itself with
    /// <c>[JsonStringEnumMemberName]</c>; null when the value's own text is already its JSON text.
    /// </summary>
    /// <remarks>With <paramref name="converterOnMember"/>, the member that holds the value has the converter itself.</remarks>
    public static EnumTextSpec? EnumText(ITypeSymbol type, KnownSymbols known, bool converterOnMember = false)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            || known.Json.StringEnumMemberNameAttribute is not INamedTypeSymbol memberName
            || !(converterOnMember || HasStringEnumConverter(enumType, known)))
        {
            return null;
        }

        var names = new List<EnumNameSpec>();
        var values = new HashSet<object>();
        bool renamed = false;
        foreach (ISymbol member in enumType.GetMembers())
        {
            // Two members of one value are one case: the first declared names it.
            if (member is not IFieldSymbol { HasConstantValue: true, ConstantValue: object value } field || !values.Add(value))
            {
                continue;
            }

            string jsonName = field.Name;
            foreach (AttributeData attribute in field.GetAttributes())
            {
                if (KnownSymbols.Is(attribute.AttributeClass, memberName) && attribute.ConstructorArguments is [{ Value: string name }])
                {
                    jsonName = name;
                    renamed = true;
                }
            }

            names.Add(new EnumNameSpec(field.Name, jsonName));
        }

        return renamed
            ? new EnumTextSpec(enumType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), new EquatableArray<EnumNameSpec>(names),
                enumType.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, known.Json.FlagsAttribute)))
            : null;
    }

    /// <summary>
    /// True when System.Text.Json writes the enum by name: a string enum converter on the enum type or on
    /// <paramref name="member"/>, the property that holds it. Otherwise it writes the number.
    /// </summary>
    public static bool WritesEnumAsString(INamedTypeSymbol enumType, ISymbol? member, KnownSymbols known) =>
        HasStringEnumConverter(enumType, known) || (member is not null && HasStringEnumConverter(member, known));

    private static bool HasStringEnumConverter(ISymbol enumType, KnownSymbols known)
    {
        foreach (AttributeData attribute in enumType.GetAttributes())
        {
            if (KnownSymbols.Is(attribute.AttributeClass, known.Json.ConverterAttribute)
                && attribute.ConstructorArguments is [{ Value: INamedTypeSymbol converter }]
                && (KnownSymbols.Is(converter, known.Json.StringEnumConverter)
                    || KnownSymbols.Is(converter.OriginalDefinition, known.Json.StringEnumConverterOfT)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBinaryFormat(ITypeSymbol type, string format) =>
        type.SpecialType is >= SpecialType.System_SByte and <= SpecialType.System_UInt64
        && format[0] is 'B' or 'b'
        && IsAllDigits(format, 1);

    private static string? StandardLetterCheck(string format, string letters, string typeName) =>
        format.Length == 1 && letters.IndexOf(format[0]) < 0
            ? "'" + format + "' is not one of the standard " + typeName + " formats (" + string.Join(", ", letters.ToCharArray()) + ")"
            : null;

    /// <summary>
    /// A custom format's first specifier among <paramref name="foreign"/> (outside quotes and escapes): the ones
    /// <c>DateOnly</c> and <c>TimeOnly</c> reject, having no such part.
    /// </summary>
    private static string? ForeignSpecifier(string format, string foreign, string why)
    {
        if (format.Length == 1)
        {
            return null;
        }

        char quote = '\0';
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (foreign.IndexOf(c) >= 0)
            {
                return "'" + c + "' at position " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is not a specifier it has: " + why;
            }
        }

        return null;
    }

    private static bool IsAllDigits(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

}
