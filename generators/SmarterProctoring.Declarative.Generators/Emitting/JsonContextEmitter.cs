using System.Globalization;
using System.Linq;
using SmarterProctoring.Declarative.Generators.Model;

namespace SmarterProctoring.Declarative.Generators;

/// <summary>
/// Writes the generated <c>JsonSerializerContext</c>: the same metadata calls System.Text.Json's own generator makes
/// (<c>JsonMetadataServices</c>, <c>JsonObjectInfoValues&lt;T&gt;</c>, <c>JsonPropertyInfoValues&lt;T&gt;</c>), so
/// System.Text.Json does all reading and writing and this only describes the types.
/// </summary>
internal static class JsonContextEmitter
{
    public const string ClassName = "JsonContext";

    private const string Json = "global::System.Text.Json.";
    private const string Serialization = "global::System.Text.Json.Serialization.";
    private const string Metadata = "global::System.Text.Json.Serialization.Metadata.";
    private const string Services = Metadata + "JsonMetadataServices.";

    public static void Emit(SourceWriter writer, string interfaceName, string className, bool hidesBase, JsonContextSpec spec, string generatedCode)
    {
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// JSON metadata for every type <see cref=\"", interfaceName, "\"/> reads and writes, written at compile time;");
        writer.WriteLine("/// <see cref=\"Default\"/> exposes one <see cref=\"", Metadata, "JsonTypeInfo{T}\"/> per type.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(generatedCode);
        writer.OpenBlock("public ", hidesBase ? "new " : string.Empty, "sealed class ", className, " : ", Serialization, "JsonSerializerContext, ",
            Metadata, "IJsonTypeInfoResolver");
        WriteOptionsAndConstructors(writer, spec, className);
        foreach (JsonTypeModel type in spec.Types)
        {
            writer.WriteLine();
            writer.WriteLine("/// <summary>Metadata for <c>",
                type.FullName.Replace("global::", string.Empty).Replace("<", "&lt;").Replace(">", "&gt;"), "</c>.</summary>");
            writer.WriteLine("public ", TypeInfo(type.FullName), " ", type.MemberName, " => _", type.MemberName, " ??= (", TypeInfo(type.FullName),
                ")Options.GetTypeInfo(typeof(", type.FullName, "));");
        }

        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.OpenBlock("public override ", Metadata, "JsonTypeInfo? GetTypeInfo(global::System.Type type)");
        writer.WriteLine("Options.TryGetTypeInfo(type, out ", Metadata, "JsonTypeInfo? typeInfo);");
        writer.WriteLine("return typeInfo;");
        writer.CloseBlock();

        writer.WriteLine();
        writer.OpenBlock(Metadata, "JsonTypeInfo? ", Metadata, "IJsonTypeInfoResolver.GetTypeInfo(global::System.Type type, ", Json, "JsonSerializerOptions options)");
        foreach (JsonTypeModel type in spec.Types)
        {
            writer.OpenBlock("if (type == typeof(", type.FullName, "))");
            writer.WriteLine("return Create_", type.MemberName, "(options);");
            writer.CloseBlock();
        }

        writer.WriteLine("return null;");
        writer.CloseBlock();

        foreach (JsonTypeModel type in spec.Types)
        {
            writer.WriteLine();
            WriteCreate(writer, type);
            if (type.Object is JsonObjectModel model)
            {
                writer.WriteLine();
                WriteProperties(writer, type, model, spec.HasMemberInitializerApi);
                if (!model.ParameterlessCreator)
                {
                    writer.WriteLine();
                    WriteParameters(writer, type, model, spec.HasMemberInitializerApi);
                }
            }
        }

        writer.WriteLine();
        WriteConverterHelpers(writer);
        writer.CloseBlock();
    }

    private static void WriteOptionsAndConstructors(SourceWriter writer, JsonContextSpec spec, string className)
    {
        writer.OpenBlock("private static readonly ", Json, "JsonSerializerOptions s_defaultOptions = new()");
        foreach (string option in spec.Options)
        {
            writer.WriteLine(option, ",");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        foreach (JsonTypeModel type in spec.Types)
        {
            writer.WriteLine("private ", TypeInfo(type.FullName), "? _", type.MemberName, ";");
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a context with the options the interface declares.</summary>");
        writer.WriteLine("public ", className, "() : base(null)");
        writer.WriteLine("{");
        writer.WriteLine("}");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a context bound to <paramref name=\"options\"/>.</summary>");
        writer.WriteLine("public ", className, "(", Json, "JsonSerializerOptions options) : base(options)");
        writer.WriteLine("{");
        writer.WriteLine("}");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The context with the options the interface declares.</summary>");
        writer.WriteLine("public static ", className, " Default { get; } = new ", className, "(new ", Json, "JsonSerializerOptions(s_defaultOptions));");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine("protected override ", Json, "JsonSerializerOptions? GeneratedSerializerOptions { get; } = s_defaultOptions;");
    }

    private static void WriteCreate(SourceWriter writer, JsonTypeModel type)
    {
        string typeInfo = TypeInfo(type.FullName);
        writer.OpenBlock("private ", typeInfo, " Create_", type.MemberName, "(", Json, "JsonSerializerOptions options)");
        writer.OpenBlock("if (!TryGetTypeInfoForRuntimeCustomConverter<", type.FullName, ">(options, out ", typeInfo, " jsonTypeInfo))");
        switch (type.Kind)
        {
            case JsonTypeKind.Value:
                writer.WriteLine("jsonTypeInfo = ", Services, "CreateValueInfo<", type.FullName, ">(options, ", Services, type.Converter, ");");
                break;
            case JsonTypeKind.Enum:
                writer.WriteLine("jsonTypeInfo = ", Services, "CreateValueInfo<", type.FullName, ">(options, ", Services, "GetEnumConverter<",
                    type.FullName, ">(options));");
                break;
            case JsonTypeKind.Nullable:
                writer.WriteLine("jsonTypeInfo = ", Services, "CreateValueInfo<", type.FullName, ">(options, ", Services, "GetNullableConverter<",
                    type.ElementType, ">(options));");
                break;
            case JsonTypeKind.Converted:
                writer.WriteLine("jsonTypeInfo = ", Services, "CreateValueInfo<", type.FullName, ">(options, ExpandConverter(typeof(", type.FullName,
                    "), new ", type.Converter, "(), options));");
                break;
            case JsonTypeKind.Object:
                WriteObjectInfo(writer, type, type.Object!);
                break;
            default:
                WriteCollectionInfo(writer, type);
                break;
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("jsonTypeInfo.OriginatingResolver = this;");
        writer.WriteLine("return jsonTypeInfo;");
        writer.CloseBlock();
    }

    private static void WriteCollectionInfo(SourceWriter writer, JsonTypeModel type)
    {
        (string creator, string factory) = type.Kind switch
        {
            JsonTypeKind.Array => ("null", "CreateArrayInfo<" + type.ElementType + ">"),
            JsonTypeKind.List => ("() => new " + type.FullName + "()", "CreateListInfo<" + type.FullName + ", " + type.ElementType + ">"),
            JsonTypeKind.IList => ("null", "CreateIListInfo<" + type.FullName + ", " + type.ElementType + ">"),
            JsonTypeKind.Enumerable => ("null", "CreateIEnumerableInfo<" + type.FullName + ", " + type.ElementType + ">"),
            JsonTypeKind.Dictionary => ("() => new " + type.FullName + "()", "CreateDictionaryInfo<" + type.FullName + ", string, " + type.ElementType + ">"),
            _ => ("null", "CreateIReadOnlyDictionaryInfo<" + type.FullName + ", string, " + type.ElementType + ">"),
        };
        writer.OpenBlock("var info = new ", Metadata, "JsonCollectionInfoValues<", type.FullName, ">");
        writer.WriteLine("ObjectCreator = ", creator, ",");
        writer.WriteLine("SerializeHandler = null,");
        writer.CloseBlock(";");
        writer.WriteLine("jsonTypeInfo = ", Services, factory, "(options, info);");
        writer.WriteLine("jsonTypeInfo.NumberHandling = null;");
    }

    private static void WriteObjectInfo(SourceWriter writer, JsonTypeModel type, JsonObjectModel model)
    {
        writer.OpenBlock("var objectInfo = new ", Metadata, "JsonObjectInfoValues<", type.FullName, ">");
        if (model.ParameterlessCreator)
        {
            writer.WriteLine("ObjectCreator = static () => new ", type.FullName, "(),");
            writer.WriteLine("ObjectWithParameterizedConstructorCreator = null,");
            writer.WriteLine("PropertyMetadataInitializer = _ => ", type.MemberName, "Properties(options),");
            writer.WriteLine("ConstructorParameterMetadataInitializer = null,");
        }
        else
        {
            string arguments = string.Join(", ", model.ConstructorParameters.Take(model.ConstructorArity)
                .Select((p, i) => "(" + p.Type + ")args[" + i.ToString(CultureInfo.InvariantCulture) + "]"));
            string initializers = string.Join(", ", model.RequiredFromParameters
                .Select(m => CSharp.Identifier(m.Name) + " = (" + model.ConstructorParameters[m.Position].Type + ")args[" + m.Position.ToString(CultureInfo.InvariantCulture) + "]")
                .Concat(model.ConstructorParameters.Skip(model.ConstructorArity)
                    .Select((p, i) => CSharp.Identifier(p.Name) + " = (" + p.Type + ")args[" + (model.ConstructorArity + i).ToString(CultureInfo.InvariantCulture) + "]")));
            writer.WriteLine("ObjectCreator = null,");
            writer.WriteLine("ObjectWithParameterizedConstructorCreator = static args => new ", type.FullName, "(", arguments, ")",
                initializers.Length == 0 ? string.Empty : " { " + initializers + " }", ",");
            writer.WriteLine("PropertyMetadataInitializer = _ => ", type.MemberName, "Properties(options),");
            writer.WriteLine("ConstructorParameterMetadataInitializer = ", type.MemberName, "Parameters,");
        }

        writer.WriteLine("SerializeHandler = null,");
        writer.CloseBlock(";");
        writer.WriteLine("jsonTypeInfo = ", Services, "CreateObjectInfo<", type.FullName, ">(options, objectInfo);");
        writer.WriteLine("jsonTypeInfo.NumberHandling = null;");
    }

    private static void WriteProperties(SourceWriter writer, JsonTypeModel type, JsonObjectModel model, bool nullabilityApi)
    {
        writer.OpenBlock("private static ", Metadata, "JsonPropertyInfo[] ", type.MemberName, "Properties(", Json, "JsonSerializerOptions options)");
        writer.WriteLine("var properties = new ", Metadata, "JsonPropertyInfo[", model.Properties.Count.ToString(CultureInfo.InvariantCulture), "];");
        for (int i = 0; i < model.Properties.Count; i++)
        {
            JsonPropertyModel property = model.Properties[i];
            string index = i.ToString(CultureInfo.InvariantCulture);
            // As System.Text.Json's generator: an ignored property is listed (the run time checks names against it)
            // as an object with no accessors, so its value is skipped when read and its type is never needed.
            bool ignored = property.IgnoreCondition == "Always";
            string propertyType = ignored ? "object" : property.Type;
            string converter = property.ConverterType is null || ignored
                ? "null"
                : property.NullableUnderlyingType is not null
                    ? "GetConverterForNullableProperty<" + property.NullableUnderlyingType + ">(new " + property.ConverterType + "(), options)"
                    : "(" + Serialization + "JsonConverter<" + property.Type + ">)ExpandConverter(typeof(" + property.Type + "), new " + property.ConverterType + "(), options)";
            string setter = property.Setter switch
            {
                _ when ignored => "null",
                JsonSetterKind.Settable => "static (obj, value) => ((" + property.DeclaringType + ")obj)." + CSharp.Identifier(property.Name) + " = value!",
                JsonSetterKind.InitOnly => "static (obj, value) => throw new global::System.InvalidOperationException(\"Setting init-only properties is not supported in source generation mode.\")",

                // [JsonInclude] on a property it cannot set: reading a value for it fails as it does with System.Text.Json's generator.
                _ when property.HasJsonInclude => "static (obj, value) => throw new global::System.InvalidOperationException("
                    + CSharp.Literal("The member '" + property.DeclaringTypeName + "." + property.Name + "' has been annotated with the JsonIncludeAttribute but is not visible to the source generator.") + ")",
                _ => "null",
            };
            string getter = ignored || !property.HasGetter ? "null" : "static obj => ((" + property.DeclaringType + ")obj)." + CSharp.Identifier(property.Name);
            writer.WriteLine();
            writer.OpenBlock("var info", index, " = new ", Metadata, "JsonPropertyInfoValues<", propertyType, ">");
            writer.WriteLine("IsProperty = true,");
            writer.WriteLine("IsPublic = true,");
            writer.WriteLine("IsVirtual = ", Bool(property.IsVirtual), ",");
            writer.WriteLine("DeclaringType = typeof(", property.DeclaringType, "),");
            writer.WriteLine("Converter = ", converter, ",");
            writer.WriteLine("Getter = ", getter, ",");
            writer.WriteLine("Setter = ", setter, ",");
            writer.WriteLine("IgnoreCondition = ", property.IgnoreCondition is null ? "null" : Serialization + "JsonIgnoreCondition." + property.IgnoreCondition, ",");
            writer.WriteLine("HasJsonInclude = ", Bool(property.HasJsonInclude), ",");
            writer.WriteLine("IsExtensionData = false,");
            writer.WriteLine("NumberHandling = null,");
            writer.WriteLine("PropertyName = ", CSharp.Literal(property.Name), ",");
            writer.WriteLine("JsonPropertyName = ", property.JsonName is null ? "null" : CSharp.Literal(property.JsonName), ",");
            writer.CloseBlock(";");
            writer.WriteLine("properties[", index, "] = ", Services, "CreatePropertyInfo<", propertyType, ">(options, info", index, ");");
            if (property.IsRequired)
            {
                writer.WriteLine("properties[", index, "].IsRequired = true;");
            }

            if (property.Order is int order)
            {
                writer.WriteLine("properties[", index, "].Order = ", order.ToString(CultureInfo.InvariantCulture), ";");
            }

            if (nullabilityApi && property.GetsNonNull)
            {
                writer.WriteLine("properties[", index, "].IsGetNullable = false;");
            }

            if (nullabilityApi && property.SetsNonNull)
            {
                writer.WriteLine("properties[", index, "].IsSetNullable = false;");
            }
        }

        writer.WriteLine();
        writer.WriteLine("return properties;");
        writer.CloseBlock();
    }

    private static void WriteParameters(SourceWriter writer, JsonTypeModel type, JsonObjectModel model, bool memberInitializerApi)
    {
        writer.OpenBlock("private static ", Metadata, "JsonParameterInfoValues[] ", type.MemberName, "Parameters() => new ", Metadata, "JsonParameterInfoValues[]");
        for (int i = 0; i < model.ConstructorParameters.Count; i++)
        {
            JsonParameterModel parameter = model.ConstructorParameters[i];
            writer.OpenBlock("new()");
            writer.WriteLine("Name = ", CSharp.Literal(parameter.Name), ",");
            writer.WriteLine("ParameterType = typeof(", parameter.Type, "),");
            writer.WriteLine("Position = ", i.ToString(CultureInfo.InvariantCulture), ",");
            writer.WriteLine("HasDefaultValue = ", Bool(parameter.HasDefaultValue), ",");
            writer.WriteLine("DefaultValue = ", parameter.DefaultValue ?? "null", ",");
            if (memberInitializerApi)
            {
                writer.WriteLine("IsNullable = ", Bool(parameter.IsNullable), ",");
                writer.WriteLine("IsMemberInitializer = ", Bool(parameter.IsMemberInitializer), ",");
            }

            writer.CloseBlock(",");
        }

        writer.CloseBlock(";");
    }

    private static void WriteConverterHelpers(SourceWriter writer)
    {
        const string Converter = Serialization + "JsonConverter";
        writer.WriteLine("// Converters added to the options at run time take precedence, as in any System.Text.Json context.");
        writer.OpenBlock("private static bool TryGetTypeInfoForRuntimeCustomConverter<T>(", Json, "JsonSerializerOptions options, out ", TypeInfo("T"), " jsonTypeInfo)");
        writer.OpenBlock("for (int i = 0; i < options.Converters.Count; i++)");
        writer.WriteLine(Converter, "? converter = options.Converters[i];");
        writer.OpenBlock("if (converter?.CanConvert(typeof(T)) == true)");
        writer.WriteLine("jsonTypeInfo = ", Services, "CreateValueInfo<T>(options, ExpandConverter(typeof(T), converter, options, validateCanConvert: false));");
        writer.WriteLine("return true;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("jsonTypeInfo = null!;");
        writer.WriteLine("return false;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("private static ", Converter, " ExpandConverter(global::System.Type type, ", Converter, " converter, ", Json,
            "JsonSerializerOptions options, bool validateCanConvert = true)");
        writer.OpenBlock("if (validateCanConvert && !converter.CanConvert(type))");
        writer.WriteLine("throw new global::System.InvalidOperationException(\"The converter '\" + converter + \"' cannot convert '\" + type + \"'.\");");
        writer.CloseBlock();
        writer.WriteLine();
        writer.OpenBlock("if (converter is ", Serialization, "JsonConverterFactory factory)");
        writer.WriteLine("converter = factory.CreateConverter(type, options)");
        writer.WriteLine("    ?? throw new global::System.InvalidOperationException(\"The converter factory '\" + factory + \"' returned null for '\" + type + \"'.\");");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return converter;");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("private static ", Converter, "<T?> GetConverterForNullableProperty<T>(", Converter, " converter, ", Json, "JsonSerializerOptions options)");
        writer.OpenBlock("    where T : struct");
        writer.OpenBlock("if (converter.CanConvert(typeof(T?)))");
        writer.WriteLine("return (", Converter, "<T?>)ExpandConverter(typeof(T?), converter, options, validateCanConvert: false);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("converter = ExpandConverter(typeof(T), converter, options);");
        writer.WriteLine("return ", Services, "GetNullableConverter<T>(", Services, "CreateValueInfo<T>(options, converter));");
        writer.CloseBlock();
    }

    private static string TypeInfo(string type) => Metadata + "JsonTypeInfo<" + type + ">";

    private static string Bool(bool value) => value ? "true" : "false";
}
