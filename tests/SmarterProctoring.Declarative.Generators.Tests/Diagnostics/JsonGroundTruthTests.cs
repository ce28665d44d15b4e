using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>
/// SPD3003 against the real thing: System.Text.Json's own source generator (from the SDK's reference pack) builds a
/// context, and the analyzer must call a type missing exactly when the built context's <c>GetTypeInfo</c> (what the
/// generated client calls) returns null for it.
/// </summary>
public sealed class JsonGroundTruthTests
{
    private const string Models = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;

        namespace Test;

        public sealed class Item { public string? Name { get; set; } }
        public sealed class Line { public int Quantity { get; set; } }
        public sealed class Order
        {
            public List<Line> Lines { get; set; } = new();
            [JsonIgnore] public Item? Cached { get; set; }
            [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public Note? Note { get; set; }
        }
        public sealed class Note { public string? Text { get; set; } }
        [JsonDerivedType(typeof(Circle), "circle")]
        public class Shape { public string? Label { get; set; } }
        public sealed class Circle : Shape { public double Radius { get; set; } }
        public sealed class Box<T> { public T? Value { get; set; } }
        public sealed class Widget { public decimal Price { get; set; } }
        public sealed class Tagged { public Dictionary<string, Tag> Tags { get; set; } = new(); }
        public sealed class Tag { public bool Pinned { get; set; } }
        public sealed class FieldHolder { public Detail? Field; public int Count { get; set; } }
        public sealed class Detail { public int Depth { get; set; } }
        public class Animal { public Paw? Paw { get; set; } }
        public sealed class Dog : Animal { }
        public sealed class Paw { public int Toes { get; set; } }
        public sealed class Secret { public Hidden? Visible { get; private set; } }
        public sealed class Hidden { public int Level { get; set; } }
        [JsonConverter(typeof(GaugeConverter))]
        public sealed class Gauge { public Needle? Needle { get; set; } }
        public sealed class Needle { public int Angle { get; set; } }
        public sealed class GaugeConverter : JsonConverter<Gauge>
        {
            public override Gauge Read(ref System.Text.Json.Utf8JsonReader reader, System.Type typeToConvert, System.Text.Json.JsonSerializerOptions options) => new();
            public override void Write(System.Text.Json.Utf8JsonWriter writer, Gauge value, System.Text.Json.JsonSerializerOptions options) => writer.WriteNullValue();
        }

        [JsonSerializable(typeof(Order))]
        [JsonSerializable(typeof(int))]
        [JsonSerializable(typeof(long?))]
        [JsonSerializable(typeof(Shape))]
        [JsonSerializable(typeof(Box<Widget>))]
        [JsonSerializable(typeof(Tagged))]
        [JsonSerializable(typeof(FieldHolder))]
        [JsonSerializable(typeof(Dog))]
        [JsonSerializable(typeof(Secret))]
        [JsonSerializable(typeof(Gauge))]
        public partial class GroundTruthContext : JsonSerializerContext
        {
        }
        """;

    /// <summary>Each candidate: how the method names it, and how to find the same type at run time.</summary>
    private static readonly (string Written, Func<Assembly, Type> Runtime)[] s_candidates =
    [
        ("Order", a => a.GetType("Test.Order")!),
        ("Line", a => a.GetType("Test.Line")!),
        ("List<Line>", a => typeof(List<>).MakeGenericType(a.GetType("Test.Line")!)),
        ("Line[]", a => a.GetType("Test.Line")!.MakeArrayType()),
        ("Item", a => a.GetType("Test.Item")!),
        ("Note", a => a.GetType("Test.Note")!),
        ("int", _ => typeof(int)),
        ("int?", _ => typeof(int?)),
        ("long", _ => typeof(long)),
        ("long?", _ => typeof(long?)),
        ("Shape", a => a.GetType("Test.Shape")!),
        ("Circle", a => a.GetType("Test.Circle")!),
        ("double", _ => typeof(double)),
        ("Widget", a => a.GetType("Test.Widget")!),
        ("decimal", _ => typeof(decimal)),
        ("Box<Item>", a => a.GetType("Test.Box`1")!.MakeGenericType(a.GetType("Test.Item")!)),
        ("Tag", a => a.GetType("Test.Tag")!),
        ("Dictionary<string, Tag>", a => typeof(Dictionary<,>).MakeGenericType(typeof(string), a.GetType("Test.Tag")!)),
        ("string", _ => typeof(string)),
        ("Detail", a => a.GetType("Test.Detail")!),
        ("Animal", a => a.GetType("Test.Animal")!),
        ("Paw", a => a.GetType("Test.Paw")!),
        ("Hidden", a => a.GetType("Test.Hidden")!),
        ("bool?", _ => typeof(bool?)),
        ("Gauge", a => a.GetType("Test.Gauge")!),
        ("Needle", a => a.GetType("Test.Needle")!),
        ("object", _ => typeof(object)),
    ];

    [Fact]
    public async Task Missing_types_are_exactly_those_the_System_Text_Json_generator_leaves_out()
    {
        string methods = string.Join("\n", s_candidates.Select((c, i) =>
            "    [Get(\"/v1/c" + i.ToString(CultureInfo.InvariantCulture) + "\")] System.Threading.Tasks.Task<" + c.Written + "> M"
            + i.ToString(CultureInfo.InvariantCulture) + "(System.Threading.CancellationToken cancellationToken = default);"));
        string api = "using System.Collections.Generic;\nusing SmarterProctoring.Declarative;\n\nnamespace Test;\n\n"
            + "[JsonContext(typeof(GroundTruthContext))]\npublic partial interface IGroundTruthApi\n{\n" + methods + "\n}\n";
        Compilation compilation = AnalyzerHarness.Compile(Models, api);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([SystemTextJsonGenerator.Load().AsSourceGenerator()], parseOptions: AnalyzerHarness.ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        Assert.Empty(generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(AnalyzerHarness.CompilerErrors(output));

        HashSet<string> reported = [.. (await AnalyzerHarness.AnalyzeAsync(output))
            .Where(d => d.Id == "SPD3003")
            .Select(d => s_candidates[int.Parse(output.SyntaxTrees.Single(t => t.FilePath == "Test1.cs").GetText()
                .ToString(d.Location.SourceSpan)[1..], CultureInfo.InvariantCulture)].Written)];

        var context = new AssemblyLoadContext("ground-truth", isCollectible: true);
        try
        {
            using var image = new MemoryStream();
            Assert.True(output.Emit(image).Success);
            image.Position = 0;
            Assembly assembly = context.LoadFromStream(image);
            var jsonContext = (JsonSerializerContext)assembly.GetType("Test.GroundTruthContext")!.GetProperty("Default")!.GetValue(null)!;
            HashSet<string> missing = [.. s_candidates.Where(c => jsonContext.GetTypeInfo(c.Runtime(assembly)) is null).Select(c => c.Written)];

            Assert.Equal(string.Join(", ", missing.Order(StringComparer.Ordinal)), string.Join(", ", reported.Order(StringComparer.Ordinal)));
        }
        finally
        {
            context.Unload();
        }
    }
}
