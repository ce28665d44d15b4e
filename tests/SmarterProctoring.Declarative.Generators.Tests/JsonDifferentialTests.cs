using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Xunit;

using SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests;

/// <summary>
/// A differential test of the generated JSON context on generated types. A seeded generator writes model shapes as
/// C# source (classes, records, constructors, attributes, collections, references between models); one compilation
/// holds them, client interfaces that name no [JsonContext] (so the generator writes IModelsN.JsonContext for each)
/// and an OfficialContext that System.Text.Json's own source generator fills for the same models with the same
/// options. Seeded documents that fit each model (or almost do) are then read by both contexts: both must fail the
/// same way, or both read and then write the same bytes, and the official writer must write the same bytes for the
/// value our context read as for the one the official context read.
/// </summary>
public sealed class JsonDifferentialTests
{
    private const int ModelsPerBatch = 250;
    private const int ModelsPerInterface = 10;
    private const int DocumentsPerModel = 5;
    private const int ReportedDisagreements = 10;
    private const int ReportedDiagnostics = 8;

    /// <summary>
    /// Shapes that are switched on one by one (<c>s_optedIn</c>). Those on by default once disagreed with
    /// System.Text.Json's generator and now agree (each comment says what differed); those off are unsupported by
    /// the generated context (they draw SPD3001) or depend on System.Text.Json's version.
    /// </summary>
    private static class OptIn
    {
        // Box<T> gains "public T Item { get; set; }". System.Text.Json takes nullability from the open definition (an
        // unconstrained T is nullable, so null reads); the generated context once took it from the closed type.
        public const string NonNullableTypeParameterMember = "non-nullable-type-parameter-member";

        // A C# required property that a constructor parameter also binds. System.Text.Json sets it in the creation
        // delegate's object initializer from the parameter's argument; the generated context once left it out (CS9035).
        public const string RequiredConstructorBoundMember = "required-constructor-bound-member";

        // A [SetsRequiredMembers] constructor: System.Text.Json then treats required members as optional; the
        // generated context once still required them.
        public const string SetsRequiredMembers = "sets-required-members";

        // [JsonInclude] on "public T X { get; private set; }": System.Text.Json reports SYSLIB1038 (or uses an unsafe
        // accessor, by version); the generated context fails to read it, with the message System.Text.Json's generator
        // gives a setter it cannot reach, which is what the SDK's System.Text.Json these tests load does too.
        public const string IncludeWithPrivateSetter = "include-with-private-setter";

        // [JsonInclude] on "public T X { get; internal set; }": System.Text.Json sets it (the setter is accessible to
        // a context in the same assembly); the generated context once treated the property as read-only.
        public const string IncludeWithInternalSetter = "include-with-internal-setter";

        // "public T X { private get; set; }": System.Text.Json reads it (a public setter); the generated context once
        // skipped the property.
        public const string SetOnlyProperty = "set-only-property";

        // [JsonIgnore] on an init-only property: both leave it out of the member initializers (checked, not assumed).
        public const string IgnoredInitOnlyProperty = "ignored-init-only-property";

        // Queue<T> and Collection<T> members: collections to System.Text.Json; the generated context reports them
        // (SPD3001) rather than describe them as objects. Off: unsupported.
        public const string ConcreteNonListCollection = "concrete-non-list-collection";

        // The official context without its fast-path serializer (GenerationMode = Metadata): the generated context has
        // only the metadata writer, and the fast path writes a null byte[] as "" where the metadata writer writes null.
        public const string OfficialMetadataOnly = "official-metadata-only";

        // Unsupported by the generated context (SPD3001): switch on when it gains them.
        public const string ExtensionData = "extension-data";
        public const string NumberHandling = "number-handling";
        public const string ObjectCreationPopulate = "object-creation-populate";
        public const string IncludedField = "included-field";
    }

    private static readonly HashSet<string> s_optedIn = new(StringComparer.Ordinal)
    {
        OptIn.NonNullableTypeParameterMember,
        OptIn.RequiredConstructorBoundMember,
        OptIn.SetsRequiredMembers,
        OptIn.IncludeWithInternalSetter,
        OptIn.SetOnlyProperty,
        OptIn.IgnoredInitOnlyProperty,
        OptIn.OfficialMetadataOnly,
        OptIn.IncludeWithPrivateSetter,
    };

    private static readonly HashSet<string> s_keywordNames = new(StringComparer.Ordinal) { "event", "class", "default", "string" };

    private enum UseKind
    {
        Scalar,
        Enumeration,
        Token,
        Model,
        Box,
        List,
        Array,
        ReadOnlyList,
        IList,
        Enumerable,
        Dictionary,
        ReadOnlyDictionary,
        Queue,
        Collection,
    }

    private enum AccessorKind
    {
        Set,
        Init,
        GetOnly,
        PrivateSet,
        Computed,
        InternalSet,
        PrivateGet,
    }

    [Theory]
    [InlineData(101)]
    [InlineData(202)]
    [InlineData(303)]
    [InlineData(404)]
    public void Generated_and_official_contexts_write_the_same_bytes_and_read_the_same_values(int seed)
    {
        ModelShapes shapes = ModelShapes.Create(seed, ModelsPerBatch);
        CSharpCompilation compilation = AnalyzerHarness
            .Compile(shapes.ModelSource(), shapes.InterfaceSource(ModelsPerInterface), shapes.OfficialContextSource())
            .WithAssemblyName("JsonDifferential" + Inv(seed));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ClientGenerator().AsSourceGenerator(), SystemTextJsonGenerator.Load().AsSourceGenerator()],
            parseOptions: AnalyzerHarness.ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        string[] thrown = [.. driver.GetRunResult().Results.Where(r => r.Exception is not null).Select(r => r.Exception!.ToString())];
        if (thrown.Length > 0)
        {
            Assert.Fail("seed " + Inv(seed) + ": a generator threw:\n" + string.Join("\n", thrown));
        }

        Diagnostic[] generatorErrors = [.. generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
        Diagnostic[] ours = [.. generatorDiagnostics.Where(d => d.Id.StartsWith("SPD", StringComparison.Ordinal))];
        if (generatorErrors.Length > 0 || ours.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            Assert.Fail("seed " + Inv(seed) + ": the generators reported " + Inv(generatorErrors.Length) + " error(s):\n" + Describe(generatorErrors)
                + "\nEvery SPD diagnostic:\n" + Describe(ours));
        }

        using var image = new MemoryStream();
        EmitResult emitted = output.Emit(image);
        Diagnostic[] compilerErrors = [.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
        if (!emitted.Success || compilerErrors.Length > 0)
        {
            Assert.Fail("seed " + Inv(seed) + ": the models and the generated code do not compile; " + Inv(compilerErrors.Length) + " error(s):\n"
                + Describe(compilerErrors));
        }

        var context = new AssemblyLoadContext("json-differential-" + Inv(seed), isCollectible: true);
        try
        {
            image.Position = 0;
            Assembly assembly = context.LoadFromStream(image);
            Tally tally = Compare(seed, shapes, assembly);
            if (tally.Disagreements.Count > 0)
            {
                Assert.Fail("seed " + Inv(seed) + ": the generated contexts (Fuzz.IModelsN.JsonContext) and System.Text.Json's (Fuzz.OfficialContext) disagree on "
                    + Inv(tally.Disagreements.Count) + " of " + Inv(tally.Documents) + " documents; the first "
                    + Inv(Math.Min(ReportedDisagreements, tally.Disagreements.Count)) + ":\n\n"
                    + string.Join("\n\n", tally.Disagreements.Take(ReportedDisagreements)));
            }

            // Both kinds of outcome must be common, or the comparison has stopped exercising one of them.
            Assert.True(
                tally.BothRead * 5 >= tally.Documents,
                "seed " + Inv(seed) + ": only " + Inv(tally.BothRead) + " of " + Inv(tally.Documents) + " documents were read by both contexts");
            Assert.True(
                tally.BothFailed * 20 >= tally.Documents,
                "seed " + Inv(seed) + ": only " + Inv(tally.BothFailed) + " of " + Inv(tally.Documents) + " documents failed to read in both contexts");
        }
        finally
        {
            context.Unload();
        }
    }

    private static Tally Compare(int seed, ModelShapes shapes, Assembly assembly)
    {
        var tally = new Tally();
        JsonSerializerContext official = DefaultInstance(assembly, "Fuzz.OfficialContext");
        var generated = new Dictionary<int, JsonSerializerContext>();
        foreach (ModelShape model in shapes.Models)
        {
            int group = model.Index / ModelsPerInterface;
            if (!generated.TryGetValue(group, out JsonSerializerContext? ours))
            {
                ours = DefaultInstance(assembly, "Fuzz.IModels" + Inv(group) + "+JsonContext");
                generated.Add(group, ours);
            }

            Type type = assembly.GetType(model.ReflectionName, throwOnError: true)!;
            (JsonTypeInfo? ourInfo, Outcome ourMetadata) = TypeInfoOf(ours, type);
            (JsonTypeInfo? officialInfo, Outcome officialMetadata) = TypeInfoOf(official, type);
            if (ourInfo is null || officialInfo is null)
            {
                // Both failing the same way to describe the type is agreement; missing metadata never is.
                if (!ourMetadata.Failed || ourMetadata.Key != officialMetadata.Key)
                {
                    tally.Disagreements.Add(Entry(seed, model, -1, "(none)", "metadata", ourMetadata, officialMetadata));
                }

                continue;
            }

            var random = new Random(unchecked((seed * 7919) + model.Index));
            for (int document = 0; document < DocumentsPerModel; document++)
            {
                string json = DocumentWriter.Write(model, document % DocumentWriter.Profiles, random);
                tally.Documents++;
                (object? ourValue, Outcome ourRead) = Read(json, ourInfo);
                (object? officialValue, Outcome officialRead) = Read(json, officialInfo);
                if (ourRead.Failed || officialRead.Failed)
                {
                    if (ourRead.Key == officialRead.Key)
                    {
                        tally.BothFailed++;
                    }
                    else
                    {
                        tally.Disagreements.Add(Entry(seed, model, document, json, "read", ourRead, officialRead));
                    }

                    continue;
                }

                tally.BothRead++;
                Outcome officialWritten = Write(officialValue, officialInfo);
                Outcome ourWritten = Write(ourValue, ourInfo);
                if (ourWritten.Key != officialWritten.Key)
                {
                    tally.Disagreements.Add(Entry(seed, model, document, json, "bytes written (each context writes the value it read)", ourWritten, officialWritten));
                    continue;
                }

                Outcome ourJudged = Write(ourValue, officialInfo);
                if (ourJudged.Key != officialWritten.Key)
                {
                    tally.Disagreements.Add(Entry(seed, model, document, json, "values read (the official context writes both values)", ourJudged, officialWritten));
                }
            }
        }

        return tally;
    }

    private static JsonSerializerContext DefaultInstance(Assembly assembly, string typeName)
    {
        Type type = assembly.GetType(typeName, throwOnError: true)!;
        PropertyInfo? property = type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static);
        Assert.True(property is not null, typeName + " has no static Default property");
        return (JsonSerializerContext)property.GetValue(null)!;
    }

    private static (JsonTypeInfo? Info, Outcome Outcome) TypeInfoOf(JsonSerializerContext context, Type type)
    {
        try
        {
            JsonTypeInfo? info = context.GetTypeInfo(type);
            return (info, Outcome.Success(info is null ? "no metadata" : "metadata"));
        }
        catch (Exception exception)
        {
            return (null, Outcome.Thrown(exception, withPath: true));
        }
    }

    private static (object? Value, Outcome Outcome) Read(string json, JsonTypeInfo info)
    {
        try
        {
            return (JsonSerializer.Deserialize(json, info), Outcome.Success("read"));
        }
        catch (Exception exception)
        {
            return (null, Outcome.Thrown(exception, withPath: true));
        }
    }

    /// <summary>
    /// Writes a value. A failure compares by exception type only: the official context's fast-path writer throws its
    /// JsonException for a null non-nullable member without the path that the metadata writer adds.
    /// </summary>
    private static Outcome Write(object? value, JsonTypeInfo info)
    {
        try
        {
            return Outcome.Success(JsonSerializer.Serialize(value, info));
        }
        catch (Exception exception)
        {
            return Outcome.Thrown(exception, withPath: false);
        }
    }

    private static string Entry(int seed, ModelShape model, int document, string json, string stage, Outcome ours, Outcome official)
    {
        var text = new StringBuilder();
        text.Append("seed ").Append(Inv(seed)).Append(", model ").Append(Inv(model.Index)).Append(" (").Append(model.ReflectionName).Append("), document ")
            .Append(Inv(document)).Append(", ").Append(stage).Append('\n');
        text.Append("  document: ").Append(json.Length > 2000 ? json.Substring(0, 2000) + "…" : json).Append('\n');
        text.Append("  ours:     ").Append(ours.ToString()).Append('\n');
        text.Append("  official: ").Append(official.ToString()).Append('\n');
        text.Append("  model (and the models it references):\n");
        var source = new StringBuilder(model.Source);
        foreach (ModelShape reference in model.References)
        {
            source.Append('\n').Append(reference.Source);
        }

        string declarations = source.ToString();
        text.Append(Indent(declarations.Length > 4000 ? declarations.Substring(0, 4000) + "…" : declarations, "    "));
        return text.ToString();
    }

    private static string Describe(Diagnostic[] diagnostics)
    {
        var text = new StringBuilder();
        foreach (Diagnostic diagnostic in diagnostics.Take(ReportedDiagnostics))
        {
            text.Append(diagnostic.ToString()).Append('\n');
            if (diagnostic.Location.IsInSource && diagnostic.Location.SourceTree is SyntaxTree tree)
            {
                TextLineCollection lines = tree.GetText().Lines;
                int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
                if (line < lines.Count)
                {
                    text.Append("    ").Append(lines[line].ToString().Trim()).Append('\n');
                }
            }
        }

        if (diagnostics.Length > ReportedDiagnostics)
        {
            text.Append("… and ").Append(Inv(diagnostics.Length - ReportedDiagnostics)).Append(" more\n");
        }

        return text.ToString();
    }

    private static bool Enabled(string feature) => s_optedIn.Contains(feature);

    private static string Inv(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string name) => s_keywordNames.Contains(name) ? "@" + name : name;

    /// <summary>System.Text.Json's camelCase for the names the models use: a capital, then lower-case letters or digits.</summary>
    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static string CSharpString(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Indent(string text, string prefix)
    {
        var result = new StringBuilder();
        foreach (string line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.Length > 0)
            {
                result.Append(prefix).Append(line);
            }

            result.Append('\n');
        }

        return result.ToString();
    }

    private sealed class Tally
    {
        public List<string> Disagreements { get; } = new();

        public int Documents { get; set; }

        public int BothRead { get; set; }

        public int BothFailed { get; set; }
    }

    /// <summary>What a read or write came to: Key is what the two contexts must agree on, Detail only explains it.</summary>
    private sealed class Outcome
    {
        private Outcome(bool failed, string key, string detail)
        {
            Failed = failed;
            Key = key;
            Detail = detail;
        }

        public bool Failed { get; }

        public string Key { get; }

        public string Detail { get; }

        public static Outcome Success(string key) => new(false, key, string.Empty);

        public static Outcome Thrown(Exception exception, bool withPath)
        {
            string type = exception.GetType().FullName ?? exception.GetType().Name;
            string key = withPath && exception is JsonException json ? type + " at " + (json.Path ?? "(no path)") : type;
            return new Outcome(true, key, exception.Message.ReplaceLineEndings(" "));
        }

        public override string ToString() => Detail.Length == 0 ? Key : Key + " (" + Detail + ")";
    }

    /// <summary>A leaf type the models use (a number, string, date, Guid, Uri, byte array or JsonElement), with JSON and C# for it.</summary>
    private sealed class Scalar
    {
        public required string Name { get; init; }

        public required bool IsValueType { get; init; }

        /// <summary>JSON values it reads (for string, generated instead).</summary>
        public required string[] Valid { get; init; }

        /// <summary>JSON values of another type, or out of its range.</summary>
        public required string[] Wrong { get; init; }

        /// <summary>Compile-time constants, for parameter defaults.</summary>
        public required string[] Constants { get; init; }

        /// <summary>Any expressions, for property initializers.</summary>
        public required string[] Initializers { get; init; }
    }

    private sealed class EnumShape
    {
        public required string Name { get; init; }

        /// <summary>True when the enum itself carries a JsonStringEnumConverter.</summary>
        public required bool StringOnType { get; init; }

        public required string[] Numbers { get; init; }

        public required string[] Strings { get; init; }

        public required string Constant { get; init; }
    }

    /// <summary>A type as a member uses it.</summary>
    private sealed class TypeUse
    {
        public required UseKind Kind { get; init; }

        /// <summary>The C# type without its nullable annotation.</summary>
        public required string Bare { get; init; }

        public required bool IsValueType { get; init; }

        /// <summary>True when null is a valid value: a nullable annotation or a Nullable value type.</summary>
        public bool IsNullable { get; init; }

        public Scalar? Scalar { get; init; }

        public EnumShape? Enumeration { get; init; }

        /// <summary>For an enum: written as a string (a converter on the enum or on the member).</summary>
        public bool EnumAsString { get; init; }

        public ModelShape? Model { get; init; }

        /// <summary>Element, dictionary value or Box argument.</summary>
        public TypeUse? Element { get; init; }

        public List<MemberShape>? BoxMembers { get; init; }

        public string CSharp => IsNullable ? Bare + "?" : Bare;

        public TypeUse WithNullable(bool nullable) => Copy(nullable, EnumAsString);

        public TypeUse AsStringEnum() => Copy(IsNullable, true);

        private TypeUse Copy(bool nullable, bool enumAsString) => new()
        {
            Kind = Kind,
            Bare = Bare,
            IsValueType = IsValueType,
            IsNullable = nullable,
            Scalar = Scalar,
            Enumeration = Enumeration,
            EnumAsString = enumAsString,
            Model = Model,
            Element = Element,
            BoxMembers = BoxMembers,
        };
    }

    /// <summary>A name a document may carry for a model, and what goes there.</summary>
    private sealed class MemberShape
    {
        public required string JsonName { get; init; }

        public required TypeUse Type { get; init; }
    }

    private sealed class ModelShape
    {
        public required int Index { get; init; }

        public required string CSharpName { get; init; }

        public required string ReflectionName { get; init; }

        public string? TypeInfoPropertyName { get; init; }

        /// <summary>False for the models named like the context's own members: they are roots only.</summary>
        public bool Referenceable { get; init; }

        /// <summary>1 + the highest level among the models it references (0 for none), so references stay shallow.</summary>
        public int Level { get; set; }

        /// <summary>True when "new()" makes one: a public parameterless constructor and no required members.</summary>
        public bool CanNew { get; set; }

        public string Source { get; set; } = string.Empty;

        /// <summary>Every member a document may name: serialized, ignored, read-only, or not serialized at all.</summary>
        public List<MemberShape> Members { get; } = new();

        public List<ModelShape> References { get; } = new();
    }

    /// <summary>One property (or positional parameter) being written.</summary>
    private sealed class MemberPlan
    {
        public required string Name { get; init; }

        public required TypeUse Type { get; set; }

        public AccessorKind Accessor { get; set; }

        public bool Required { get; set; }

        public string Modifier { get; set; } = string.Empty;

        public string? Initializer { get; set; }

        public string? DefaultValue { get; set; }

        public string? JsonName { get; set; }

        /// <summary>Attribute bodies, without brackets or target.</summary>
        public List<string> Attributes { get; } = new();

        public string Identifier => Escape(Name);

        public string ParameterName => Escape(CamelCase(Name));

        public string EffectiveJsonName => JsonName ?? CamelCase(Name);
    }

    /// <summary>The state of the model being written.</summary>
    private sealed class Draft
    {
        public Draft(ModelShape model, string name)
        {
            Model = model;
            Name = name;
            Used.Add(name);
            Used.Add(name + "Base");
        }

        public ModelShape Model { get; }

        public string Name { get; }

        /// <summary>Member and type names taken, case-insensitively (two members must never share a JSON name).</summary>
        public HashSet<string> Used { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Numbers names that must be unique (explicit JSON names, noise members).</summary>
        public int Ordinal { get; set; }

        public int References { get; set; }

        public int MaxReferencedLevel { get; set; } = -1;

        public bool HasRequired { get; set; }
    }

    /// <summary>The seeded generator of model shapes, as C# source and as descriptions for the documents.</summary>
    private sealed class ModelShapes
    {
        private const int MaxLevel = 4;
        private const int MaxReferences = 2;

        // The first three are named like members every JsonSerializerContext has: the official context gives them a
        // TypeInfoPropertyName (its generator cannot name them otherwise); the generated one must find names itself.
        // Widget, WidgetProperties and WidgetParameters share interface 0, whose context names helpers after Widget.
        private const int ContextMemberNameCount = 3;

        private static readonly string[] s_specialNames = ["Options", "Default", "GetTypeInfo", "Widget", "WidgetProperties", "WidgetParameters"];

        private static readonly string[] s_words =
        [
            "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike",
            "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Xray", "Yankee",
            "Zulu", "Options", "Default", "Value", "Type",
        ];

        private static readonly string[] s_keywordWords = ["event", "class", "default", "string"];

        private static readonly string[] s_readIgnores = ["", "Always", "Never", "WhenWritingDefault", "WhenWritingNull", "WhenWriting", "WhenReading"];

        private static readonly string[] s_writeIgnores = ["Never", "WhenWritingDefault", "WhenWritingNull", "WhenWriting"];

        private static readonly Scalar[] s_scalars =
        [
            new()
            {
                Name = "int", IsValueType = true,
                Valid = ["0", "1", "-1", "42", "2147483647", "-2147483648"],
                Wrong = ["\"12\"", "1.5", "2147483648", "true", "[]"],
                Constants = ["0", "7", "-3"],
                Initializers = ["7", "-1", "int.MaxValue"],
            },
            new()
            {
                Name = "long", IsValueType = true,
                Valid = ["0", "-1", "9223372036854775807", "-9223372036854775808", "4294967296"],
                Wrong = ["9223372036854775808", "\"5\"", "0.5"],
                Constants = ["5", "-9"],
                Initializers = ["1234567890123"],
            },
            new()
            {
                Name = "double", IsValueType = true,
                Valid = ["0", "-0.5", "1.5E+300", "3.141592653589793", "1E-07", "-1.7976931348623157E+308", "12", "-0"],
                Wrong = ["\"1.5\"", "\"NaN\"", "false", "1e400"],
                Constants = ["1.5", "-0.25"],
                Initializers = ["2.5", "double.Epsilon"],
            },
            new()
            {
                Name = "decimal", IsValueType = true,
                Valid = ["0", "-1.25", "79228162514264337593543950335", "0.0000000000000000000000000001", "1E+2", "12345.6789", "1.50"],
                Wrong = ["79228162514264337593543950336", "\"2.5\"", "{}"],
                Constants = ["2.5m", "0m"],
                Initializers = ["9.99m"],
            },
            new()
            {
                Name = "bool", IsValueType = true,
                Valid = ["true", "false"],
                Wrong = ["1", "\"true\""],
                Constants = ["true", "false"],
                Initializers = ["true"],
            },
            new()
            {
                Name = "string", IsValueType = false,
                Valid = [],
                Wrong = ["12", "true", "{}", "[\"a\"]"],
                Constants = ["\"dflt\"", "\"q\\\"uote\"", "\"\""],
                Initializers = ["\"init\"", "\"\"", "\"caf\\u00e9\""],
            },
            new()
            {
                Name = "DateTimeOffset", IsValueType = true,
                Valid =
                [
                    "\"2024-01-02T03:04:05+00:00\"", "\"2024-02-29T23:59:59.1234567-05:30\"", "\"0001-01-01T00:00:00+00:00\"",
                    "\"9999-12-31T23:59:59.9999999+14:00\"", "\"2024-06-01T12:00:00Z\"",
                ],
                Wrong = ["\"2024-13-01T00:00:00Z\"", "5", "\"yesterday\""],
                Constants = ["default"],
                Initializers = ["new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero)"],
            },
            new()
            {
                Name = "Guid", IsValueType = true,
                Valid = ["\"00000000-0000-0000-0000-000000000000\"", "\"0F8FAD5B-D9CB-469F-A165-70867728950E\""],
                Wrong = ["\"not-a-guid\"", "42", "\"0f8fad5b-d9cb-469f-a165\""],
                Constants = ["default"],
                Initializers = ["new Guid(\"0f8fad5b-d9cb-469f-a165-70867728950e\")"],
            },
            new()
            {
                Name = "DateOnly", IsValueType = true,
                Valid = ["\"2024-02-29\"", "\"0001-01-01\"", "\"9999-12-31\""],
                Wrong = ["\"2023-02-29\"", "1", "\"2024-01-01T00:00:00\""],
                Constants = ["default"],
                Initializers = ["new DateOnly(2020, 1, 2)"],
            },
            new()
            {
                Name = "TimeSpan", IsValueType = true,
                Valid = ["\"00:00:00\"", "\"1.02:03:04.5000000\"", "\"-00:00:01\"", "\"10675199.02:48:05.4775807\""],
                Wrong = ["\"abc\"", "60"],
                Constants = ["default"],
                Initializers = ["TimeSpan.FromMinutes(90)"],
            },
            new()
            {
                Name = "Uri", IsValueType = false,
                Valid = ["\"https://example.com/a?b=c\"", "\"relative/path\"", "\"urn:isbn:0451450523\"", "\"https://example.com/caf\\u00e9\""],
                Wrong = ["5", "true"],
                Constants = [],
                Initializers = ["new Uri(\"https://example.com/init\")"],
            },
            new()
            {
                Name = "byte[]", IsValueType = false,
                Valid = ["\"AQID\"", "\"\"", "\"/+8=\""],
                Wrong = ["\"not base64!\"", "[1,2]"],
                Constants = [],
                Initializers = ["new byte[] { 1, 2, 3 }"],
            },
            new()
            {
                // Always nullable: a default JsonElement cannot be written.
                Name = "JsonElement", IsValueType = true,
                Valid = ["1", "\"x\"", "{\"a\":[1,2,{}]}", "[]", "true"],
                Wrong = [],
                Constants = ["default"],
                Initializers = [],
            },
        ];

        private static readonly Scalar[] s_boxScalars =
            [.. s_scalars.Where(s => s.Name is "int" or "string" or "double" or "bool" or "Guid" or "decimal" or "DateTimeOffset")];

        private static readonly EnumShape[] s_enums =
        [
            new()
            {
                Name = "global::Fuzz.Color", StringOnType = false,
                Numbers = ["0", "1", "2", "7", "-1"], Strings = ["\"Red\"", "\"Green\"", "\"blue\"", "2"], Constant = "global::Fuzz.Color.Green",
            },
            new()
            {
                Name = "global::Fuzz.Size", StringOnType = false,
                Numbers = ["0", "1", "2"], Strings = ["\"Small\"", "\"Medium\"", "\"Large\"", "1"], Constant = "global::Fuzz.Size.Large",
            },
            new()
            {
                Name = "global::Fuzz.Mood", StringOnType = true,
                Numbers = [], Strings = ["\"Calm\"", "\"on-fire\"", "\"zen\\\"mode\"", "0", "2"], Constant = "global::Fuzz.Mood.Busy",
            },
            new()
            {
                Name = "global::Fuzz.Perms", StringOnType = true,
                Numbers = [], Strings = ["\"Read\"", "\"Read, Write\"", "\"None\"", "7", "\"Execute, Read\""],
                Constant = "global::Fuzz.Perms.Read | global::Fuzz.Perms.Write",
            },
        ];

        private readonly Random _random;
        private readonly StringBuilder _declarations = new();

        private ModelShapes(Random random) => _random = random;

        public List<ModelShape> Models { get; } = new();

        public static ModelShapes Create(int seed, int count)
        {
            var shapes = new ModelShapes(new Random(seed));
            for (int i = 0; i < count; i++)
            {
                shapes.Models.Add(shapes.NewModel(i));
            }

            return shapes;
        }

        public string ModelSource()
        {
            var source = new StringBuilder();
            source.Append("using System;\nusing System.Collections.Generic;\nusing System.Text.Json;\nusing System.Text.Json.Serialization;\n\nnamespace Fuzz;\n\n");
            source.Append(SharedDeclarations());
            source.Append(_declarations);
            return source.ToString();
        }

        /// <summary>One client interface per <paramref name="perInterface"/> models, none naming a [JsonContext].</summary>
        public string InterfaceSource(int perInterface)
        {
            var text = new StringBuilder();
            text.Append("using SmarterProctoring.Declarative;\n\nnamespace Fuzz;\n");
            for (int i = 0; i < Models.Count; i++)
            {
                if (i % perInterface == 0)
                {
                    if (i > 0)
                    {
                        text.Append("}\n");
                    }

                    text.Append("\npublic partial interface IModels").Append(Inv(i / perInterface)).Append("\n{\n");
                }

                ModelShape model = Models[i];
                string index = Inv(model.Index);
                text.Append("    [Put(\"/m").Append(index).Append("\")] global::System.Threading.Tasks.Task<").Append(model.CSharpName).Append("> M")
                    .Append(index).Append("Async([Body] ").Append(model.CSharpName)
                    .Append(" body, global::System.Threading.CancellationToken cancellationToken = default);\n");
            }

            if (Models.Count > 0)
            {
                text.Append("}\n");
            }

            return text.ToString();
        }

        /// <summary>System.Text.Json's context for every model, with the options the generated contexts default to.</summary>
        public string OfficialContextSource()
        {
            var text = new StringBuilder();
            text.Append("using System.Text.Json.Serialization;\n\nnamespace Fuzz;\n\n");
            text.Append("[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ")
                .Append("DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, RespectNullableAnnotations = true");
            if (Enabled(OptIn.OfficialMetadataOnly))
            {
                text.Append(", GenerationMode = JsonSourceGenerationMode.Metadata");
            }

            text.Append(")]\n");
            foreach (ModelShape model in Models)
            {
                text.Append("[JsonSerializable(typeof(").Append(model.CSharpName).Append(')');
                if (model.TypeInfoPropertyName is not null)
                {
                    text.Append(", TypeInfoPropertyName = \"").Append(model.TypeInfoPropertyName).Append('"');
                }

                text.Append(")]\n");
            }

            text.Append("public partial class OfficialContext : JsonSerializerContext\n{\n}\n");
            return text.ToString();
        }

        private static string SharedDeclarations()
        {
            var text = new StringBuilder();
            text.Append("""
                public enum Color { Red, Green, Blue }

                public enum Size { Small, Medium, Large }

                [JsonConverter(typeof(JsonStringEnumConverter<Mood>))]
                public enum Mood { Calm, [JsonStringEnumMemberName("on-fire")] Busy, [JsonStringEnumMemberName("zen\"mode")] Zen }

                [Flags]
                [JsonConverter(typeof(JsonStringEnumConverter<Perms>))]
                public enum Perms { None = 0, Read = 1, Write = 2, Execute = 4 }

                public sealed class Box<T>
                {
                    public T? Value { get; set; }

                    public List<T>? Items { get; set; }
                """);
            text.Append('\n');
            if (Enabled(OptIn.NonNullableTypeParameterMember))
            {
                text.Append("\n    public T Item { get; set; } = default!;\n");
            }

            text.Append("""
                }

                public sealed class UpperConverter : JsonConverter<string>
                {
                    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                        reader.GetString()?.ToLowerInvariant();

                    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
                        writer.WriteStringValue(value.ToUpperInvariant());
                }

                [JsonConverter(typeof(TokenConverter))]
                public sealed class Token
                {
                    public string Text { get; set; } = "";
                }

                public sealed class TokenConverter : JsonConverter<Token>
                {
                    public override Token Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                        reader.TokenType == JsonTokenType.String ? new Token { Text = reader.GetString()! } : throw new JsonException("A token is a string.");

                    public override void Write(Utf8JsonWriter writer, Token value, JsonSerializerOptions options) =>
                        writer.WriteStringValue("tok:" + value.Text);
                }
                """);
            text.Append("\n\n");
            return text.ToString();
        }

        private ModelShape NewModel(int index)
        {
            bool special = index < s_specialNames.Length;
            string name = special ? s_specialNames[index] : "Model" + Inv(index);
            bool nested = !special && _random.Next(5) == 0;
            string holder = "Holder" + Inv(index);
            var model = new ModelShape
            {
                Index = index,
                CSharpName = "global::Fuzz." + (nested ? holder + "." : string.Empty) + name,
                ReflectionName = "Fuzz." + (nested ? holder + "+" : string.Empty) + name,
                TypeInfoPropertyName = index < ContextMemberNameCount ? name + "Model" : null,
                Referenceable = index >= ContextMemberNameCount,
            };
            var draft = new Draft(model, name);
            int roll = _random.Next(100);
            string declaration = roll < 28 ? SettableClass(draft)
                : roll < 52 ? PositionalRecord(draft)
                : roll < 67 ? ConstructorClass(draft, attributed: true)
                : roll < 77 ? ConstructorClass(draft, attributed: false)
                : roll < 88 ? InitClass(draft)
                : DerivedModel(draft);
            if (nested)
            {
                declaration = "public static class " + holder + "\n{\n" + Indent(declaration, "    ") + "}\n";
            }

            model.Level = draft.MaxReferencedLevel + 1;
            model.Source = declaration;
            _declarations.Append(declaration).Append('\n');
            return model;
        }

        // A class or record (sealed or not) with a parameterless constructor and settable, init-only, read-only and
        // computed members.
        private string SettableClass(Draft draft)
        {
            string keyword = _random.Next(5) == 0 ? "record " : "class ";
            string modifiers = _random.Next(5) == 0 ? "public " : "public sealed ";
            List<MemberPlan> members = Plans(2 + _random.Next(5), () => ExtraMember(draft, initHeavy: false));
            var text = new StringBuilder();
            text.Append(modifiers).Append(keyword).Append(draft.Name).Append("\n{\n");
            AppendProperties(text, members);
            AppendNoise(text, draft);
            AppendUnsupported(text, draft);
            text.Append("}\n");
            Register(draft, members);
            draft.Model.CanNew = !draft.HasRequired;
            return text.ToString();
        }

        // A record with a primary constructor, its parameters' properties carrying [property: ...] attributes.
        private string PositionalRecord(Draft draft)
        {
            string modifiers = _random.Next(5) == 0 ? "public " : "public sealed ";
            List<MemberPlan> parameters = Plans(1 + _random.Next(4), () => ConstructorMember(draft, positional: true));
            AssignDefaults(parameters);
            List<MemberPlan> extras = Plans(_random.Next(4), () => ExtraMember(draft, initHeavy: false));
            var body = new StringBuilder();
            AppendProperties(body, extras);
            AppendNoise(body, draft);
            var text = new StringBuilder();
            text.Append(modifiers).Append("record ").Append(draft.Name).Append('(')
                .Append(string.Join(", ", parameters.Select(p => Parameter(p, positional: true)))).Append(')');
            text.Append(body.Length == 0 ? ";\n" : "\n{\n" + body.ToString() + "}\n");
            Register(draft, parameters);
            Register(draft, extras);
            draft.Model.CanNew = false;
            return text.ToString();
        }

        // A class whose constructor binds some properties: the [JsonConstructor] one (perhaps beside a public
        // parameterless one), or its single public one (perhaps beside a private parameterless one).
        private string ConstructorClass(Draft draft, bool attributed)
        {
            List<MemberPlan> bound = Plans(1 + _random.Next(3), () => ConstructorMember(draft, positional: false));
            AssignDefaults(bound);
            List<MemberPlan> extras = Plans(_random.Next(4), () => ExtraMember(draft, initHeavy: false));
            MemberPlan? setByConstructor = null;
            if (Enabled(OptIn.SetsRequiredMembers) && _random.Next(2) == 0)
            {
                setByConstructor = new MemberPlan { Name = TakeName(draft, keywords: false), Type = ScalarUse(s_scalars[0], nullable: false), Accessor = AccessorKind.Set, Required = true };
                extras.Add(setByConstructor);
                draft.HasRequired = true;
            }

            bool parameterless = attributed && _random.Next(2) == 0;
            bool privateParameterless = !attributed && _random.Next(3) == 0;
            var text = new StringBuilder();
            text.Append(_random.Next(5) == 0 ? "public class " : "public sealed class ").Append(draft.Name).Append("\n{\n");
            if (attributed)
            {
                text.Append("    [JsonConstructor]\n");
            }

            if (setByConstructor is not null)
            {
                text.Append("    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]\n");
            }

            text.Append("    public ").Append(draft.Name).Append('(').Append(string.Join(", ", bound.Select(p => Parameter(p, positional: false)))).Append(")\n    {\n");
            foreach (MemberPlan member in bound)
            {
                text.Append("        this.").Append(member.Identifier).Append(" = ").Append(member.ParameterName).Append(";\n");
            }

            if (setByConstructor is not null)
            {
                text.Append("        this.").Append(setByConstructor.Identifier).Append(" = 5;\n");
            }

            text.Append("    }\n");
            if (parameterless || privateParameterless)
            {
                text.Append('\n');
                if (setByConstructor is not null)
                {
                    text.Append("    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]\n");
                }

                text.Append(parameterless ? "    public " : "    private ").Append(draft.Name).Append("()\n        : this(")
                    .Append(string.Join(", ", bound.Select(_ => "default!"))).Append(")\n    {\n    }\n");
            }

            var properties = new List<MemberPlan>(bound);
            properties.AddRange(extras);
            Shuffle(properties);
            text.Append('\n');
            AppendProperties(text, properties);
            AppendNoise(text, draft);
            text.Append("}\n");
            Register(draft, bound);
            Register(draft, extras);
            draft.Model.CanNew = parameterless && !draft.HasRequired;
            return text.ToString();
        }

        // A class of init-only and required members.
        private string InitClass(Draft draft)
        {
            List<MemberPlan> members = Plans(2 + _random.Next(5), () => ExtraMember(draft, initHeavy: true));
            var text = new StringBuilder();
            text.Append("public sealed class ").Append(draft.Name).Append("\n{\n");
            AppendProperties(text, members);
            AppendNoise(text, draft);
            text.Append("}\n");
            Register(draft, members);
            draft.Model.CanNew = !draft.HasRequired;
            return text.ToString();
        }

        // A record deriving from a positional record, or a class deriving from a class with virtual members.
        private string DerivedModel(Draft draft)
        {
            string baseName = draft.Name + "Base";
            var text = new StringBuilder();
            if (_random.Next(2) == 0)
            {
                List<MemberPlan> inherited = Plans(1 + _random.Next(2), () => ConstructorMember(draft, positional: true));
                AssignDefaults(inherited);
                List<MemberPlan> baseExtras = Plans(_random.Next(2), () => ExtraMember(draft, initHeavy: false));
                List<MemberPlan> own = Plans(1 + _random.Next(2), () => ConstructorMember(draft, positional: true));
                AssignDefaults(own);
                text.Append("public record ").Append(baseName).Append('(').Append(string.Join(", ", inherited.Select(p => Parameter(p, positional: true)))).Append(')');
                if (baseExtras.Count == 0)
                {
                    text.Append(";\n");
                }
                else
                {
                    text.Append("\n{\n");
                    AppendProperties(text, baseExtras);
                    text.Append("}\n");
                }

                IEnumerable<string> parameters = inherited.Select(p => p.Type.CSharp + " " + p.Identifier).Concat(own.Select(p => Parameter(p, positional: true)));
                text.Append("\npublic sealed record ").Append(draft.Name).Append('(').Append(string.Join(", ", parameters)).Append(") : ").Append(baseName)
                    .Append('(').Append(string.Join(", ", inherited.Select(p => p.Identifier))).Append(");\n");
                Register(draft, inherited);
                Register(draft, baseExtras);
                Register(draft, own);
                draft.Model.CanNew = false;
                return text.ToString();
            }

            List<MemberPlan> baseMembers = Plans(1 + _random.Next(3), () => ExtraMember(draft, initHeavy: false));
            List<MemberPlan> virtuals = Plans(_random.Next(3), () => new MemberPlan
            {
                Name = TakeName(draft),
                Type = ScalarUse(_random.Next(2) == 0 ? s_scalars[0] : s_scalars[5], nullable: true),
                Accessor = AccessorKind.Set,
                Modifier = "virtual ",
            });
            List<MemberPlan> ownMembers = Plans(1 + _random.Next(3), () => ExtraMember(draft, initHeavy: false));
            List<MemberPlan> overrides = [.. virtuals
                .Where(_ => _random.Next(2) == 0)
                .Select(v => new MemberPlan { Name = v.Name, Type = v.Type, Accessor = AccessorKind.Set, Modifier = "override " })];
            text.Append("public class ").Append(baseName).Append("\n{\n");
            AppendProperties(text, baseMembers);
            AppendProperties(text, virtuals);
            text.Append("}\n\npublic sealed class ").Append(draft.Name).Append(" : ").Append(baseName).Append("\n{\n");
            AppendProperties(text, ownMembers);
            AppendProperties(text, overrides);
            AppendNoise(text, draft);
            text.Append("}\n");
            Register(draft, baseMembers);
            Register(draft, virtuals);
            Register(draft, ownMembers);
            draft.Model.CanNew = !draft.HasRequired;
            return text.ToString();
        }

        // A member no constructor parameter binds.
        private MemberPlan ExtraMember(Draft draft, bool initHeavy)
        {
            var plan = new MemberPlan { Name = TakeName(draft), Type = PickType(draft) };
            int roll = _random.Next(100);
            string? optIn = null;
            if (initHeavy)
            {
                plan.Accessor = roll < 60 ? AccessorKind.Init : AccessorKind.Set;
            }
            else if (roll < 94)
            {
                plan.Accessor = roll < 55 ? AccessorKind.Set
                    : roll < 73 ? AccessorKind.Init
                    : roll < 81 ? AccessorKind.GetOnly
                    : roll < 88 ? AccessorKind.PrivateSet
                    : AccessorKind.Computed;
            }
            else
            {
                optIn = PickEnabled(OptIn.IncludeWithPrivateSetter, OptIn.IncludeWithInternalSetter, OptIn.SetOnlyProperty, OptIn.IgnoredInitOnlyProperty);
                plan.Accessor = optIn switch
                {
                    OptIn.IncludeWithPrivateSetter => AccessorKind.PrivateSet,
                    OptIn.IncludeWithInternalSetter => AccessorKind.InternalSet,
                    OptIn.SetOnlyProperty => AccessorKind.PrivateGet,
                    OptIn.IgnoredInitOnlyProperty => AccessorKind.Init,
                    _ => AccessorKind.Set,
                };
            }

            string? initializer = Initializer(plan.Type);
            if ((plan.Accessor is AccessorKind.GetOnly or AccessorKind.Computed) && initializer is null)
            {
                plan.Accessor = AccessorKind.Set;
            }

            bool settable = (plan.Accessor is AccessorKind.Set or AccessorKind.Init) && optIn is null;
            plan.Required = settable && _random.Next(100) < (initHeavy ? 50 : 18);

            // System.Text.Json's own generator writes a keyword-named init-only or required member unescaped into
            // its object initializer ({ event = … }), which does not compile; such a member stays settable here.
            if (s_keywordNames.Contains(plan.Name) && (plan.Accessor == AccessorKind.Init || plan.Required))
            {
                plan.Accessor = AccessorKind.Set;
                plan.Required = false;
            }

            draft.HasRequired |= plan.Required;
            if (plan.Accessor is AccessorKind.GetOnly or AccessorKind.Computed)
            {
                plan.Initializer = initializer;
            }
            else if (!plan.Required)
            {
                // A non-nullable reference must start non-null: with an initializer, or else it becomes nullable.
                bool mustInitialize = !plan.Type.IsValueType && !plan.Type.IsNullable;
                if (mustInitialize || _random.Next(4) == 0)
                {
                    plan.Initializer = initializer;
                }

                if (plan.Initializer is null && mustInitialize)
                {
                    plan.Type = plan.Type.WithNullable(true);
                }
            }

            bool jsonRequired = settable && _random.Next(10) == 0;
            if (jsonRequired)
            {
                plan.Attributes.Add("JsonRequired");
            }

            if (settable && plan.Accessor == AccessorKind.Set && !plan.Required && !jsonRequired && _random.Next(100) < 15)
            {
                plan.Attributes.Add(Ignore(plan.Type, s_readIgnores));
            }
            else if ((plan.Accessor is AccessorKind.GetOnly or AccessorKind.Computed) && _random.Next(8) == 0)
            {
                plan.Attributes.Add(Ignore(plan.Type, s_writeIgnores));
            }

            if (optIn is null && plan.Accessor != AccessorKind.PrivateSet && _random.Next(10) == 0)
            {
                plan.Attributes.Add("JsonInclude");
            }

            if (optIn is OptIn.IncludeWithPrivateSetter or OptIn.IncludeWithInternalSetter)
            {
                plan.Attributes.Add("JsonInclude");
            }

            if (optIn is OptIn.IgnoredInitOnlyProperty)
            {
                plan.Attributes.Add("JsonIgnore");
            }

            if (plan.Accessor == AccessorKind.GetOnly && (plan.Type.Kind is UseKind.List or UseKind.Dictionary)
                && Enabled(OptIn.ObjectCreationPopulate) && _random.Next(2) == 0)
            {
                plan.Attributes.Add("JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)");
            }

            CommonAttributes(plan, draft, converter: plan.Accessor != AccessorKind.Computed);
            return plan;
        }

        // A property a constructor parameter binds (positional: a primary-constructor parameter of a record).
        private MemberPlan ConstructorMember(Draft draft, bool positional)
        {
            var plan = new MemberPlan { Name = TakeName(draft), Type = PickType(draft) };
            int roll = _random.Next(100);
            plan.Accessor = positional ? AccessorKind.Init
                : roll < 50 ? AccessorKind.GetOnly
                : roll < 80 ? AccessorKind.Set
                : roll < 95 ? AccessorKind.PrivateSet
                : AccessorKind.Init;
            bool settable = plan.Accessor is AccessorKind.Set or AccessorKind.Init;
            // (Not for keyword names: System.Text.Json's generator writes them unescaped in its object initializer.)
            if (!positional && settable && Enabled(OptIn.RequiredConstructorBoundMember) && !s_keywordNames.Contains(plan.Name) && _random.Next(3) == 0)
            {
                plan.Required = true;
                draft.HasRequired = true;
            }

            if (settable && _random.Next(10) == 0)
            {
                plan.Attributes.Add("JsonRequired");
            }
            else if (_random.Next(100) < 8)
            {
                plan.Attributes.Add(Ignore(plan.Type, s_writeIgnores));
            }

            if (plan.Accessor != AccessorKind.PrivateSet && _random.Next(20) == 0)
            {
                plan.Attributes.Add("JsonInclude");
            }

            CommonAttributes(plan, draft, converter: true);
            return plan;
        }

        private void CommonAttributes(MemberPlan plan, Draft draft, bool converter)
        {
            if (_random.Next(100) < 15)
            {
                plan.JsonName = ExplicitName(draft);
                plan.Attributes.Add("JsonPropertyName(" + CSharpString(plan.JsonName) + ")");
            }

            if (_random.Next(100) < 15)
            {
                plan.Attributes.Add("JsonPropertyOrder(" + Inv(_random.Next(-2, 4)) + ")");
            }

            if (converter)
            {
                AddConverter(plan);
            }

            if (Enabled(OptIn.NumberHandling) && plan.Type.Kind == UseKind.Scalar && plan.Type.Scalar!.Name is "int" or "long" or "double" or "decimal"
                && _random.Next(4) == 0)
            {
                plan.Attributes.Add("JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)");
            }
        }

        private void AddConverter(MemberPlan plan)
        {
            TypeUse type = plan.Type;
            if (type.Kind == UseKind.Enumeration && !type.Enumeration!.StringOnType)
            {
                int roll = _random.Next(100);
                if (roll < 35)
                {
                    plan.Attributes.Add("JsonConverter(typeof(JsonStringEnumConverter<" + type.Enumeration!.Name + ">))");
                    plan.Type = type.AsStringEnum();
                }
                else if (roll < 45)
                {
                    plan.Attributes.Add("JsonConverter(typeof(JsonStringEnumConverter))");
                    plan.Type = type.AsStringEnum();
                }
            }
            else if (type.Kind == UseKind.Scalar && type.Scalar!.Name == "string" && _random.Next(10) == 0)
            {
                plan.Attributes.Add("JsonConverter(typeof(global::Fuzz.UpperConverter))");
            }
        }

        private string Ignore(TypeUse type, string[] conditions)
        {
            string condition = conditions[_random.Next(conditions.Length)];
            if (condition == "WhenWritingNull" && !type.IsNullable)
            {
                // System.Text.Json refuses WhenWritingNull on a member that cannot be null.
                condition = "WhenWritingDefault";
            }

            return condition.Length == 0 ? "JsonIgnore" : "JsonIgnore(Condition = JsonIgnoreCondition." + condition + ")";
        }

        /// <summary>Gives trailing parameters defaults (C# allows them only after every required parameter).</summary>
        private void AssignDefaults(List<MemberPlan> parameters)
        {
            bool trailing = true;
            for (int i = parameters.Count - 1; i >= 0; i--)
            {
                string? value = trailing && _random.Next(100) < 35 ? DefaultValue(parameters[i].Type) : null;
                trailing &= value is not null;
                parameters[i].DefaultValue = value;
            }
        }

        private string? DefaultValue(TypeUse type)
        {
            string? constant = type.Kind switch
            {
                UseKind.Scalar => type.Scalar!.Constants.Length == 0 ? null : Pick(type.Scalar!.Constants),
                UseKind.Enumeration => type.Enumeration!.Constant,
                _ => null,
            };
            return type.IsNullable && (constant is null || _random.Next(2) == 0) ? "null" : constant;
        }

        private string? Initializer(TypeUse type)
        {
            switch (type.Kind)
            {
                case UseKind.Scalar:
                    return type.Scalar!.Initializers.Length == 0 ? null : Pick(type.Scalar!.Initializers);
                case UseKind.Enumeration:
                    return type.Enumeration!.Constant;
                case UseKind.Model:
                    return type.Model!.CanNew ? "new()" : null;
                case UseKind.Array or UseKind.ReadOnlyList or UseKind.IList or UseKind.Enumerable:
                    return "[]";
                case UseKind.ReadOnlyDictionary:
                    return "new Dictionary<string, " + type.Element!.CSharp + ">()";
                default:
                    return "new()";
            }
        }

        private TypeUse PickType(Draft draft)
        {
            int roll = _random.Next(100);
            if (roll < 48)
            {
                return ScalarUse(s_scalars[_random.Next(s_scalars.Length)], nullable: null);
            }

            if (roll < 58)
            {
                return EnumUse(RandomNullable(valueType: true));
            }

            if (roll < 61)
            {
                return TokenUse(RandomNullable(valueType: false));
            }

            if (roll < 71 && ModelUse(draft, RandomNullable(valueType: false)) is TypeUse model)
            {
                return model;
            }

            return roll < 77 ? BoxUse(draft) : ContainerUse(draft, allowNested: true);
        }

        private TypeUse ElementUse(Draft draft, bool allowNested)
        {
            int roll = _random.Next(100);
            if (roll < 55)
            {
                Scalar scalar = s_scalars[_random.Next(s_scalars.Length)];
                return ScalarUse(scalar, nullable: scalar.IsValueType && _random.Next(4) == 0);
            }

            if (roll < 67)
            {
                return EnumUse(nullable: _random.Next(4) == 0);
            }

            if (roll < 71)
            {
                return TokenUse(nullable: false);
            }

            if (roll < 84 && ModelUse(draft, nullable: false) is TypeUse model)
            {
                return model;
            }

            if (roll < 90)
            {
                return BoxUse(draft).WithNullable(false);
            }

            return allowNested ? ContainerUse(draft, allowNested: false).WithNullable(false) : ScalarUse(s_scalars[0], nullable: false);
        }

        private TypeUse ScalarUse(Scalar scalar, bool? nullable) => new()
        {
            Kind = UseKind.Scalar,
            Bare = scalar.Name,
            IsValueType = scalar.IsValueType,
            Scalar = scalar,
            IsNullable = scalar.Name == "JsonElement" || (nullable ?? RandomNullable(scalar.IsValueType)),
        };

        private TypeUse EnumUse(bool nullable)
        {
            EnumShape shape = s_enums[_random.Next(s_enums.Length)];
            return new TypeUse
            {
                Kind = UseKind.Enumeration,
                Bare = shape.Name,
                IsValueType = true,
                Enumeration = shape,
                EnumAsString = shape.StringOnType,
                IsNullable = nullable,
            };
        }

        private static TypeUse TokenUse(bool nullable) =>
            new() { Kind = UseKind.Token, Bare = "global::Fuzz.Token", IsValueType = false, IsNullable = nullable };

        /// <summary>A reference to an earlier model (so references stay acyclic), within the depth and count bounds.</summary>
        private TypeUse? ModelUse(Draft draft, bool nullable)
        {
            if (draft.References >= MaxReferences)
            {
                return null;
            }

            List<ModelShape> candidates = Models.FindAll(m => m.Referenceable && m.Level < MaxLevel);
            if (candidates.Count == 0)
            {
                return null;
            }

            ModelShape target = candidates[_random.Next(candidates.Count)];
            draft.References++;
            draft.MaxReferencedLevel = Math.Max(draft.MaxReferencedLevel, target.Level);
            if (!draft.Model.References.Contains(target))
            {
                draft.Model.References.Add(target);
            }

            return new TypeUse { Kind = UseKind.Model, Bare = target.CSharpName, IsValueType = false, Model = target, IsNullable = nullable };
        }

        private TypeUse BoxUse(Draft draft)
        {
            TypeUse argument = (_random.Next(10) < 3 ? ModelUse(draft, nullable: false) : null)
                ?? ScalarUse(s_boxScalars[_random.Next(s_boxScalars.Length)], nullable: false);
            var members = new List<MemberShape>
            {
                // T? is nullable for a reference T, and T itself for a value type.
                new() { JsonName = "value", Type = argument.WithNullable(!argument.IsValueType) },
                new()
                {
                    JsonName = "items",
                    Type = new TypeUse { Kind = UseKind.List, Bare = "List<" + argument.CSharp + ">", IsValueType = false, Element = argument, IsNullable = true },
                },
            };
            if (Enabled(OptIn.NonNullableTypeParameterMember))
            {
                members.Add(new MemberShape { JsonName = "item", Type = argument });
            }

            return new TypeUse
            {
                Kind = UseKind.Box,
                Bare = "global::Fuzz.Box<" + argument.CSharp + ">",
                IsValueType = false,
                Element = argument,
                BoxMembers = members,
                IsNullable = RandomNullable(valueType: false),
            };
        }

        private TypeUse ContainerUse(Draft draft, bool allowNested)
        {
            int roll = _random.Next(100);
            UseKind kind = roll < 25 ? UseKind.List
                : roll < 43 ? UseKind.Array
                : roll < 56 ? UseKind.ReadOnlyList
                : roll < 71 ? UseKind.Dictionary
                : roll < 79 ? UseKind.ReadOnlyDictionary
                : roll < 87 ? UseKind.IList
                : roll < 95 ? UseKind.Enumerable
                : !Enabled(OptIn.ConcreteNonListCollection) ? UseKind.List
                : _random.Next(2) == 0 ? UseKind.Queue
                : UseKind.Collection;

            // No array of a generic collection: System.Text.Json names List<int>[] and List<int[]> alike
            // (ListInt32Array), and cannot generate both in one context.
            TypeUse element = ElementUse(draft, allowNested && kind != UseKind.Array);
            string e = element.CSharp;
            string bare = kind switch
            {
                UseKind.List => "List<" + e + ">",
                UseKind.Array => e + "[]",
                UseKind.ReadOnlyList => "IReadOnlyList<" + e + ">",
                UseKind.IList => "IList<" + e + ">",
                UseKind.Enumerable => "IEnumerable<" + e + ">",
                UseKind.Dictionary => "Dictionary<string, " + e + ">",
                UseKind.ReadOnlyDictionary => "IReadOnlyDictionary<string, " + e + ">",
                UseKind.Queue => "Queue<" + e + ">",
                _ => "global::System.Collections.ObjectModel.Collection<" + e + ">",
            };
            return new TypeUse { Kind = kind, Bare = bare, IsValueType = false, Element = element, IsNullable = RandomNullable(valueType: false) };
        }

        private bool RandomNullable(bool valueType) => _random.Next(100) < (valueType ? 30 : 45);

        private string TakeName(Draft draft, bool keywords = true)
        {
            for (int attempt = 0; attempt < 20; attempt++)
            {
                string candidate = keywords && _random.Next(10) == 0 ? Pick(s_keywordWords) : Pick(s_words);
                if (draft.Used.Add(candidate))
                {
                    return candidate;
                }
            }

            string fallback = "Member" + Inv(draft.Ordinal++);
            draft.Used.Add(fallback);
            return fallback;
        }

        /// <summary>A [JsonPropertyName] value, unique in the model by its number, often with characters JSON escapes.</summary>
        private string ExplicitName(Draft draft)
        {
            string n = Inv(draft.Ordinal++);
            string[] names =
            [
                "renamed_" + n, "with space " + n, "quote\"" + n, "back\\slash" + n, "café" + n, "a+b" + n, "<tag" + n + ">",
                "UPPER" + n, n + "lead", "dash-" + n, "日本" + n,
            ];
            return Pick(names);
        }

        /// <summary>Sometimes a member that is never serialized: internal, static, or a public field.</summary>
        private void AppendNoise(StringBuilder text, Draft draft)
        {
            if (_random.Next(100) >= 15)
            {
                return;
            }

            string name = "Secret" + Inv(draft.Ordinal++);
            draft.Used.Add(name);
            int roll = _random.Next(3);
            text.Append(roll == 0 ? "\n    internal int " + name + " { get; set; }\n"
                : roll == 1 ? "\n    public static int " + name + " { get; set; }\n"
                : "\n    public int " + name + ";\n");
            draft.Model.Members.Add(new MemberShape { JsonName = CamelCase(name), Type = ScalarUse(s_scalars[0], nullable: false) });
        }

        /// <summary>Members the generated context does not support, when switched on in <c>s_optedIn</c>.</summary>
        private void AppendUnsupported(StringBuilder text, Draft draft)
        {
            if (Enabled(OptIn.ExtensionData) && _random.Next(3) == 0)
            {
                string name = "Extra" + Inv(draft.Ordinal++);
                draft.Used.Add(name);
                text.Append("\n    [JsonExtensionData]\n    public Dictionary<string, JsonElement>? ").Append(name).Append(" { get; set; }\n");
            }

            if (Enabled(OptIn.IncludedField) && _random.Next(3) == 0)
            {
                string name = "Field" + Inv(draft.Ordinal++);
                draft.Used.Add(name);
                text.Append("\n    [JsonInclude]\n    public int ").Append(name).Append(";\n");
                draft.Model.Members.Add(new MemberShape { JsonName = CamelCase(name), Type = ScalarUse(s_scalars[0], nullable: false) });
            }
        }

        private static void AppendProperties(StringBuilder text, List<MemberPlan> members)
        {
            foreach (MemberPlan member in members)
            {
                text.Append(PropertyDeclaration(member));
            }
        }

        private static void Register(Draft draft, List<MemberPlan> members)
        {
            foreach (MemberPlan member in members)
            {
                draft.Model.Members.Add(new MemberShape { JsonName = member.EffectiveJsonName, Type = member.Type });
            }
        }

        private static string PropertyDeclaration(MemberPlan plan)
        {
            var text = new StringBuilder();
            text.Append('\n');
            foreach (string attribute in plan.Attributes)
            {
                text.Append("    [").Append(attribute).Append("]\n");
            }

            text.Append("    public ");
            if (plan.Required)
            {
                text.Append("required ");
            }

            text.Append(plan.Modifier).Append(plan.Type.CSharp).Append(' ').Append(plan.Identifier);
            if (plan.Accessor == AccessorKind.Computed)
            {
                return text.Append(" => ").Append(plan.Initializer).Append(";\n").ToString();
            }

            text.Append(plan.Accessor switch
            {
                AccessorKind.Set => " { get; set; }",
                AccessorKind.Init => " { get; init; }",
                AccessorKind.GetOnly => " { get; }",
                AccessorKind.PrivateSet => " { get; private set; }",
                AccessorKind.InternalSet => " { get; internal set; }",
                _ => " { private get; set; }",
            });
            if (plan.Initializer is not null)
            {
                text.Append(" = ").Append(plan.Initializer).Append(';');
            }

            return text.Append('\n').ToString();
        }

        private static string Parameter(MemberPlan plan, bool positional)
        {
            var text = new StringBuilder();
            if (positional)
            {
                foreach (string attribute in plan.Attributes)
                {
                    text.Append("[property: ").Append(attribute).Append("] ");
                }
            }

            text.Append(plan.Type.CSharp).Append(' ').Append(positional ? plan.Identifier : plan.ParameterName);
            if (plan.DefaultValue is not null)
            {
                text.Append(" = ").Append(plan.DefaultValue);
            }

            return text.ToString();
        }

        private static List<MemberPlan> Plans(int count, Func<MemberPlan> create)
        {
            var plans = new List<MemberPlan>(count);
            for (int i = 0; i < count; i++)
            {
                plans.Add(create());
            }

            return plans;
        }

        private string? PickEnabled(params string[] features)
        {
            string[] enabled = [.. features.Where(Enabled)];
            return enabled.Length == 0 ? null : enabled[_random.Next(enabled.Length)];
        }

        private string Pick(string[] items) => items[_random.Next(items.Length)];

        private void Shuffle(List<MemberPlan> items)
        {
            for (int i = items.Count - 1; i > 0; i--)
            {
                int j = _random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }

    /// <summary>
    /// Seeded JSON documents for a model, by profile: complete (every member, valid values), sparse (members
    /// missing), nulls, noisy (unknown and re-cased names, duplicates, escapes in names, control characters) and
    /// hostile (wrong-typed values, a wrong root, a truncated document).
    /// </summary>
    private sealed class DocumentWriter
    {
        public const int Profiles = 5;

        private const int Complete = 0;
        private const int Sparse = 1;
        private const int Nulls = 2;
        private const int Noisy = 3;
        private const int Hostile = 4;

        // JSON string content, escapes included.
        private static readonly string[] s_pieces =
        [
            "plain", "with space", "quote\\\"d", "back\\\\slash", "caf\\u00e9", "café", "a+b", "<tag>", "&amp;", "line\\nbreak", "tab\\t",
            "\\ud83d\\ude00", "\\/solidus", "'single'", "ünï", "日本",
        ];

        private static readonly string[] s_noisyPieces = [.. s_pieces, "\\u0000nul", "\\u001fus", "\\u2028ls", "\\u003cescaped\\u003e"];

        private static readonly string[] s_unknownValues = ["1", "\"x\"", "{\"deep\":[1,{\"a\":null}]}", "[]", "null", "true", "-0.5e-3"];

        private static readonly string[] s_wrongForObjects = ["[1]", "\"text\"", "5"];

        private static readonly string[] s_wrongForArrays = ["{}", "5", "\"text\""];

        private static readonly string[] s_wrongForDictionaries = ["[]", "\"text\""];

        private static readonly string[] s_keySuffixes = ["", " é", "\"q", "\\b", "+<>", "日本"];

        private readonly Random _random;
        private readonly int _profile;
        private readonly StringBuilder _json = new();
        private int _budget = 300;
        private int _wrongLeft;

        private DocumentWriter(Random random, int profile)
        {
            _random = random;
            _profile = profile;
            _wrongLeft = profile == Hostile ? 1 + random.Next(2) : 0;
        }

        public static string Write(ModelShape model, int profile, Random random)
        {
            if (profile == Hostile)
            {
                switch (random.Next(24))
                {
                    case 0:
                        return "null";
                    case 1:
                        return "[]";
                    case 2:
                        return "\"text\"";
                    case 3:
                        return "{}";
                }
            }

            var writer = new DocumentWriter(random, profile);
            writer.WriteObject(model.Members);
            string json = writer._json.ToString();
            return profile == Hostile && random.Next(6) == 0 ? json.Substring(0, 1 + random.Next(json.Length - 1)) : json;
        }

        private void WriteObject(List<MemberShape> members)
        {
            _json.Append('{');
            List<MemberShape> order = members;
            if (_profile != Complete && _random.Next(3) == 0)
            {
                order = new List<MemberShape>(members);
                Shuffle(order);
            }

            bool first = true;
            foreach (MemberShape member in order)
            {
                if (Omit())
                {
                    continue;
                }

                WriteMember(member, ref first);
                if (_profile == Noisy && _random.Next(25) == 0)
                {
                    WriteMember(member, ref first);
                }
            }

            if (_profile == Noisy || (_profile == Hostile && _random.Next(3) == 0))
            {
                for (int extras = _random.Next(3); extras > 0; extras--)
                {
                    WriteUnknown(members, ref first);
                }
            }

            _json.Append('}');
        }

        private void WriteMember(MemberShape member, ref bool first)
        {
            if (!first)
            {
                _json.Append(',');
            }

            first = false;
            WriteName(member.JsonName);
            _json.Append(':');
            WriteValueOrNull(member.Type);
        }

        /// <summary>A member no model has: a new name, or a known one in another case (names match case-sensitively).</summary>
        private void WriteUnknown(List<MemberShape> members, ref bool first)
        {
            if (!first)
            {
                _json.Append(',');
            }

            first = false;
            string known = members.Count > 0 ? members[_random.Next(members.Count)].JsonName : string.Empty;
            if (_random.Next(2) == 0 && known.Length > 0 && char.IsAsciiLetter(known[0]))
            {
                char head = known[0];
                WriteName((char.IsAsciiLetterUpper(head) ? char.ToLowerInvariant(head) : char.ToUpperInvariant(head)) + known.Substring(1));
            }
            else
            {
                WriteName("unknown" + Inv(_random.Next(100)));
            }

            _json.Append(':').Append(Pick(s_unknownValues));
        }

        private void WriteValueOrNull(TypeUse type)
        {
            if (WriteNull(type))
            {
                _json.Append("null");
            }
            else
            {
                WriteValue(type);
            }
        }

        private bool Omit()
        {
            int percent = _profile switch
            {
                Complete => 0,
                Sparse => 40,
                Nulls => 10,
                Noisy => 15,
                _ => 10,
            };
            return _budget <= 0 || _random.Next(100) < percent;
        }

        private bool WriteNull(TypeUse type)
        {
            if (type.IsNullable && _budget <= 0)
            {
                return true;
            }

            int percent = type.IsNullable
                ? _profile switch
                {
                    Complete => 0,
                    Sparse => 10,
                    Nulls => 50,
                    _ => 15,
                }
                : _profile switch
                {
                    Nulls => 5,
                    Noisy or Hostile => 2,
                    _ => 0,
                };
            return _random.Next(100) < percent;
        }

        private void WriteValue(TypeUse type)
        {
            _budget--;
            if (_wrongLeft > 0 && _random.Next(6) == 0)
            {
                _wrongLeft--;
                _json.Append(Wrong(type));
                return;
            }

            switch (type.Kind)
            {
                case UseKind.Scalar:
                    _json.Append(ScalarValue(type.Scalar!));
                    break;
                case UseKind.Enumeration:
                    _json.Append(Pick(type.EnumAsString ? type.Enumeration!.Strings : type.Enumeration!.Numbers));
                    break;
                case UseKind.Token:
                    _json.Append(Text());
                    break;
                case UseKind.Model:
                    WriteObject(type.Model!.Members);
                    break;
                case UseKind.Box:
                    WriteObject(type.BoxMembers!);
                    break;
                case UseKind.Dictionary or UseKind.ReadOnlyDictionary:
                    WriteDictionary(type.Element!);
                    break;
                default:
                    WriteArray(type.Element!);
                    break;
            }
        }

        private string Wrong(TypeUse type) => type.Kind switch
        {
            UseKind.Scalar => type.Scalar!.Wrong.Length > 0 ? Pick(type.Scalar!.Wrong) : ScalarValue(type.Scalar!),
            UseKind.Enumeration => type.EnumAsString ? "\"NoSuchMember\"" : "\"Red\"",
            UseKind.Token => "5",
            UseKind.Model or UseKind.Box => Pick(s_wrongForObjects),
            UseKind.Dictionary or UseKind.ReadOnlyDictionary => Pick(s_wrongForDictionaries),
            _ => Pick(s_wrongForArrays),
        };

        private string ScalarValue(Scalar scalar)
        {
            bool fresh = _random.Next(3) == 0;
            switch (scalar.Name)
            {
                case "string":
                    return Text();
                case "int" when fresh:
                    return _random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture);
                case "long" when fresh:
                    return _random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture);
                case "double" when fresh:
                    return ((_random.NextDouble() - 0.5) * 1e6).ToString("R", CultureInfo.InvariantCulture);
                case "decimal" when fresh:
                    return Math.Round((decimal)(_random.NextDouble() - 0.5) * 1_000_000m, 4).ToString(CultureInfo.InvariantCulture);
                case "Guid" when fresh:
                    byte[] bytes = new byte[16];
                    _random.NextBytes(bytes);
                    return "\"" + new Guid(bytes).ToString("D", CultureInfo.InvariantCulture) + "\"";
                default:
                    return Pick(scalar.Valid);
            }
        }

        /// <summary>A JSON string of a few pieces, escapes included.</summary>
        private string Text()
        {
            string[] pieces = _profile == Noisy ? s_noisyPieces : s_pieces;
            var text = new StringBuilder();
            text.Append('"');
            for (int count = _random.Next(4); count > 0; count--)
            {
                text.Append(Pick(pieces));
            }

            return text.Append('"').ToString();
        }

        private void WriteArray(TypeUse element)
        {
            _json.Append('[');
            int count = _budget <= 0 ? 0 : _random.Next(_profile == Complete ? 1 : 0, 4);
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    _json.Append(',');
                }

                WriteValueOrNull(element);
            }

            _json.Append(']');
        }

        private void WriteDictionary(TypeUse value)
        {
            _json.Append('{');
            int count = _budget <= 0 ? 0 : _random.Next(_profile == Complete ? 1 : 0, 4);
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    _json.Append(',');
                }

                WriteName("k" + Inv(i) + Pick(s_keySuffixes));
                _json.Append(':');
                WriteValueOrNull(value);
            }

            _json.Append('}');
        }

        /// <summary>A JSON string for a name; the noisy profile escapes some characters that need no escaping.</summary>
        private void WriteName(string name)
        {
            _json.Append('"');
            foreach (char c in name)
            {
                if (c == '"')
                {
                    _json.Append("\\\"");
                }
                else if (c == '\\')
                {
                    _json.Append("\\\\");
                }
                else if (c < ' ' || (_profile == Noisy && (c > '~' || char.IsAsciiLetter(c)) && _random.Next(4) == 0))
                {
                    _json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    _json.Append(c);
                }
            }

            _json.Append('"');
        }

        private string Pick(string[] items) => items[_random.Next(items.Length)];

        private void Shuffle(List<MemberShape> items)
        {
            for (int i = items.Count - 1; i > 0; i--)
            {
                int j = _random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
