using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace SmarterProctoring.Declarative.Tests.Json;

/// <summary>
/// The context the generator writes and the one System.Text.Json's own generator writes for the same types and
/// options must write the same bytes and read the same documents to the same values, or fail the same way: the same
/// exception type, at the same place in the document, with the same message. A document or value that should work
/// must work with both; one that should fail must fail with both where the test says it does.
/// </summary>
public sealed class JsonEquivalenceTests
{
    private static readonly IShapesApi.JsonContext Generated = IShapesApi.JsonContext.Default;
    private static readonly OfficialShapesContext Official = OfficialShapesContext.Default;

    /// <summary>Written in place of a JsonElement that a read left undefined, which no writer can write.</summary>
    private static readonly JsonElement UndefinedMarker = JsonDocument.Parse("\"(undefined)\"").RootElement;

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 40).Select(i => new object[] { i });

    [Fact]
    public void A_fully_populated_instance_is_written_identically()
    {
        AssertSameBytes(Full(new Random(1)), Generated.Everything, Official.Everything);
    }

    [Fact]
    public void An_empty_instance_fails_to_write_the_same_way_because_its_json_element_is_undefined()
    {
        Exception official = Assert.IsType<InvalidOperationException>(Record.Exception(() => JsonSerializer.Serialize(new Everything(), Official.Everything)));
        Exception generated = Assert.IsType<InvalidOperationException>(Record.Exception(() => JsonSerializer.Serialize(new Everything(), Generated.Everything)));
        Assert.Equal(Describe(official), Describe(generated));

        // The default JsonElement is all that is in the way: with an element, the empty instance is written identically.
        AssertSameBytes(new Everything { Element = JsonDocument.Parse("null").RootElement }, Generated.Everything, Official.Everything);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_instances_are_written_identically(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < 25; i++)
        {
            AssertSameBytes(Random(random), Generated.Everything, Official.Everything);
            AssertSameBytes(RandomRequired(random), Generated.WithRequired, Official.WithRequired);
            AssertSameBytes(RandomDerived(random), Generated.DerivedThing, Official.DerivedThing);
            AssertSameBytes(RandomList(random), Generated.IReadOnlyListNested, Official.IReadOnlyListNested);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_documents_read_to_the_same_values_or_fail_the_same_way(int seed)
    {
        var random = new Random(seed);
        for (int i = 0; i < 25; i++)
        {
            string document = Mutate(JsonSerializer.Serialize(Random(random), Official.Everything), random);
            AssertSameOutcome(document, Generated.Everything, Official.Everything);
            string required = Mutate(JsonSerializer.Serialize(RandomRequired(random), Official.WithRequired), random);
            AssertSameOutcome(required, Generated.WithRequired, Official.WithRequired);
            string list = Mutate(JsonSerializer.Serialize(RandomList(random), Official.IReadOnlyListNested), random);
            AssertSameOutcome(list, Generated.ListNested, Official.ListNested);
        }
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"text":null,"maybeInt":null,"children":null,"child":null,"renamed":null}""")]
    [InlineData("""{"text":"a","unknown":{"deep":[1,2,3]},"another":5}""")]
    [InlineData("""{"size":"Large","mood":"Busy","color":2}""")]
    [InlineData("""{"size":1}""")]
    [InlineData("""{"children":[{"name":"x"},{"name":"y","count":9,"extra":"e"}]}""")]
    [InlineData("""{"children":[{"count":9}]}""")]
    [InlineData("""{"shout":"LOUD","hidden":"h","readOnly":"x","zero":0}""")]
    [InlineData("null")]
    public void Hand_picked_documents_read_to_the_same_values(string document)
    {
        AssertSameRead(document, Generated.Everything, Official.Everything);
    }

    [Theory]
    [InlineData("""{"int":"12"}""", "$.int")]
    [InlineData("""{"flag":1}""", "$.flag")]
    [InlineData("""{"color":"Red"}""", "$.color")]
    [InlineData("""{"words":"not an array"}""", "$.words")]
    [InlineData("""{"counts":{"a":1,"b":"2"}}""", "$.counts.b")]
    [InlineData("""{"element":null,"maybeElement":null,"node":null,"object":[1]}""", "$.object")]
    [InlineData("""{"dateOnly":"2026-11-26","timeOnly":"10:20:30","dateTime":"2026-11-26T10:20:30Z","guid":"not-a-guid"}""", "$.guid")]
    [InlineData("""{"uri":"https://example.com/a?b=c","numbers":[1,2,3.5]}""", "$.numbers[2]")]
    [InlineData("[]", "$")]
    [InlineData("""{"text":"unterminated""", "$.text")]
    public void Hand_picked_invalid_documents_fail_the_same_way_where_they_are_wrong(string document, string path)
    {
        AssertSameFailure(document, Generated.Everything, Official.Everything, path);
    }

    [Theory]
    [InlineData("""{"id":"a","number":1}""")]
    [InlineData("""{"id":"a","number":1,"initOnly":"set","optional":null}""")]
    public void Documents_with_the_required_members_read_the_same_way(string document)
    {
        AssertSameRead(document, Generated.WithRequired, Official.WithRequired);
    }

    [Theory]
    [InlineData("""{"number":1}""", "$")]
    [InlineData("""{"id":"a"}""", "$")]
    [InlineData("""{"id":null,"number":1}""", "$.id")]
    public void Required_members_are_enforced_the_same_way(string document, string path)
    {
        AssertSameFailure(document, Generated.WithRequired, Official.WithRequired, path);
    }

    [Fact]
    public void Inherited_members_read_the_same_way()
    {
        AssertSameRead("""{"baseValue":1,"over":"o","own":"w"}""", Generated.DerivedThing, Official.DerivedThing);
        AssertSameFailure("""{"over":5}""", Generated.DerivedThing, Official.DerivedThing, "$.over");
    }

    [Fact]
    public void Dictionaries_of_enums_read_the_same_way()
    {
        AssertSameRead("""{"a":0,"b":2}""", Generated.DictionaryStringColor, Official.DictionaryStringColor);
        AssertSameFailure("""{"a":"Red"}""", Generated.DictionaryStringColor, Official.DictionaryStringColor, "$.a");
        AssertSameRead("7", Generated.NullableInt32, Official.NullableInt32);
        AssertSameRead("null", Generated.NullableInt32, Official.NullableInt32);
    }

    /// <summary>Both contexts write <paramref name="value"/>, to the same bytes; a failure on either side fails the test.</summary>
    private static void AssertSameBytes<T>(T value, JsonTypeInfo<T> generated, JsonTypeInfo<T> official)
    {
        Assert.Equal(JsonSerializer.Serialize(value, official), JsonSerializer.Serialize(value, generated));
    }

    /// <summary>Both contexts read <paramref name="document"/>, to the same value; a failure on either side fails the test.</summary>
    private static void AssertSameRead<T>(string document, JsonTypeInfo<T> generated, JsonTypeInfo<T> official)
    {
        (T? officialValue, Exception? officialError) = Read(document, official);
        (T? generatedValue, Exception? generatedError) = Read(document, generated);
        Assert.True(
            officialError is null && generatedError is null,
            "document: " + document + " should be read\nofficial: " + Describe(officialError) + "\ngenerated: " + Describe(generatedError));
        AssertSameValue(officialValue, generatedValue, official);
    }

    /// <summary>
    /// Both contexts refuse <paramref name="document"/> with a <see cref="JsonException"/> at <paramref name="path"/>,
    /// and with the same exception and message.
    /// </summary>
    private static void AssertSameFailure<T>(string document, JsonTypeInfo<T> generated, JsonTypeInfo<T> official, string path)
    {
        (_, Exception? officialError) = Read(document, official);
        (_, Exception? generatedError) = Read(document, generated);
        Assert.True(
            officialError is JsonException { Path: string officialPath } && officialPath == path,
            "document: " + document + " should fail at " + path + "\nofficial: " + Describe(officialError));
        Assert.True(
            Describe(officialError) == Describe(generatedError),
            "document: " + document + "\nofficial: " + Describe(officialError) + "\ngenerated: " + Describe(generatedError));
    }

    /// <summary>For a generated document, which may or may not be valid: both read it to the same value, or both fail the same way.</summary>
    private static void AssertSameOutcome<T>(string document, JsonTypeInfo<T> generated, JsonTypeInfo<T> official)
    {
        (T? officialValue, Exception? officialError) = Read(document, official);
        (T? generatedValue, Exception? generatedError) = Read(document, generated);
        Assert.True(
            Describe(officialError) == Describe(generatedError),
            "document: " + document + "\nofficial: " + Describe(officialError) + "\ngenerated: " + Describe(generatedError));
        if (officialError is null)
        {
            AssertSameValue(officialValue, generatedValue, official);
        }
    }

    /// <summary>
    /// Values compare through the official writer, so lists and JSON nodes compare by content. A JsonElement left
    /// undefined (its member was not in the document) cannot be written, so it is written as a marker instead, on
    /// both sides alike.
    /// </summary>
    private static void AssertSameValue<T>(T? officialValue, T? generatedValue, JsonTypeInfo<T> official)
    {
        Assert.Equal(JsonSerializer.Serialize(Writable(officialValue)!, official), JsonSerializer.Serialize(Writable(generatedValue)!, official));
    }

    private static T? Writable<T>(T? value)
    {
        if (value is Everything { Element.ValueKind: JsonValueKind.Undefined } everything)
        {
            everything.Element = UndefinedMarker;
        }

        return value;
    }

    /// <summary>
    /// What a failure is: its type, where in the document it happened and its message (which for a
    /// <see cref="JsonException"/> repeats the place, and names the type and member that refused the value).
    /// </summary>
    private static string Describe(Exception? exception) => exception switch
    {
        null => "no failure",
        JsonException json => json.GetType().FullName + " at " + json.Path + " (line " + json.LineNumber + ", byte " + json.BytePositionInLine + "): " + json.Message,
        _ => exception.GetType().FullName + ": " + exception.Message,
    };

    private static (T? Value, Exception? Error) Read<T>(string document, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return (JsonSerializer.Deserialize(document, typeInfo), null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return (default, exception);
        }
    }

    private static Everything Full(Random random)
    {
        Everything value = Random(random);
        value.Text ??= "text";
        value.Children ??= [new Nested("child")];
        value.Child ??= new Nested("only", 7) { Extra = "x" };
        return value;
    }

    private static Everything Random(Random random) => new()
    {
        Text = Maybe(random, () => Text(random)),
        Flag = random.Next(2) == 0,
        Byte = (byte)random.Next(256),
        SByte = (sbyte)random.Next(-128, 128),
        Short = (short)random.Next(short.MinValue, short.MaxValue),
        UShort = (ushort)random.Next(ushort.MaxValue),
        Int = random.Next(int.MinValue, int.MaxValue),
        UInt = (uint)random.NextInt64(uint.MaxValue),
        Long = random.NextInt64(long.MinValue, long.MaxValue),
        ULong = (ulong)random.NextInt64(long.MaxValue) * 2,
        Float = (float)((random.NextDouble() - 0.5) * 1e6),
        Double = (random.NextDouble() - 0.5) * 1e12,
        Decimal = (decimal)random.NextInt64(-1_000_000_000, 1_000_000_000) / 1000m,
        DateTime = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.Next()),
        DateTimeOffset = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(random.Next(-12, 13))).AddMinutes(random.Next()),
        DateOnly = DateOnly.FromDayNumber(random.Next(700_000, 800_000)),
        TimeOnly = new TimeOnly(random.NextInt64(TimeOnly.MaxValue.Ticks)),
        Guid = new Guid(Bytes(random, 16)),
        Uri = Maybe(random, () => new Uri("https://example.com/" + Uri.EscapeDataString(Text(random)))),
        Color = (Color)random.Next(3),
        MaybeColor = random.Next(2) == 0 ? null : (Color)random.Next(3),
        Size = (Size)random.Next(2),
        Mood = (Mood)random.Next(2),
        MaybeInt = random.Next(2) == 0 ? null : random.Next(),
        MaybeDouble = random.Next(2) == 0 ? null : random.NextDouble(),
        Numbers = Maybe(random, () => Enumerable.Range(0, random.Next(4)).Select(_ => random.Next()).ToArray()),
        Words = Maybe(random, () => Enumerable.Range(0, random.Next(4)).Select(_ => Text(random)).ToList()),
        IntList = Maybe<IList<int>>(random, () => Enumerable.Range(0, random.Next(4)).Select(_ => random.Next()).ToList()),
        Children = Maybe<IReadOnlyList<Nested>>(random, () => RandomList(random)),
        Sequence = Maybe<IEnumerable<string>>(random, () => Enumerable.Range(0, random.Next(3)).Select(_ => Text(random)).ToArray()),
        Counts = Maybe(random, () => Enumerable.Range(0, random.Next(4)).ToDictionary(i => "k" + i, _ => random.Next())),
        ByName = Maybe<IReadOnlyDictionary<string, Nested>>(random, () => Enumerable.Range(0, random.Next(3)).ToDictionary(i => Text(random) + i, _ => RandomNested(random))),
        Element = JsonDocument.Parse(random.Next(3) switch { 0 => "\"s\"", 1 => "[1,{\"a\":null}]", _ => "{\"k\":true}" }).RootElement,
        MaybeElement = random.Next(2) == 0 ? null : JsonDocument.Parse(random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture)).RootElement,
        Node = Maybe(random, () => (JsonNode)new JsonArray(1, "two", null)),
        Object = Maybe(random, () => new JsonObject { ["x"] = random.Next(), ["y"] = Text(random) }),
        Child = Maybe(random, () => RandomNested(random)),
        Original = Maybe(random, () => Text(random)),
        Hidden = Text(random),
        Zero = random.Next(2) == 0 ? 0 : random.Next(),
        AlwaysWritten = Maybe(random, () => Text(random)),
        First = random.Next(),
        Included = Maybe(random, () => Text(random)),
        Shout = Maybe(random, () => Text(random)),
    };

    private static WithRequired RandomRequired(Random random) => new()
    {
        Id = Text(random),
        Number = random.Next(),
        Optional = Maybe(random, () => Text(random)),
        InitOnly = random.Next(2) == 0 ? "initial" : Text(random),
    };

    private static DerivedThing RandomDerived(Random random) => new()
    {
        BaseValue = random.Next(),
        Over = Maybe(random, () => Text(random)),
        Own = Maybe(random, () => Text(random)),
    };

    private static List<Nested> RandomList(Random random) =>
        Enumerable.Range(0, random.Next(4)).Select(_ => RandomNested(random)).ToList();

    private static Nested RandomNested(Random random) =>
        new(Text(random), random.Next(10)) { Extra = Maybe(random, () => Text(random)) };

    private static string Text(Random random)
    {
        const string alphabet = "abcXYZ09 _-\"\\/<>&'\u00e9\u4e2d\u00a0\t\n";
        char[] chars = new char[random.Next(0, 12)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return random.Next(10) == 0 ? new string(chars) + "\ud83d\ude00" : new string(chars);
    }

    private static byte[] Bytes(Random random, int count)
    {
        byte[] bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static T? Maybe<T>(Random random, Func<T> create)
        where T : class => random.Next(3) == 0 ? null : create();

    /// <summary>Drops members, nulls values, changes their type or adds unknown ones, at random.</summary>
    private static string Mutate(string json, Random random)
    {
        JsonNode? root = JsonNode.Parse(json);
        if (root is not JsonObject obj || obj.Count == 0)
        {
            return json;
        }

        string[] keys = [.. obj.Select(p => p.Key)];
        for (int i = random.Next(4); i > 0; i--)
        {
            string key = keys[random.Next(keys.Length)];
            switch (random.Next(5))
            {
                case 0:
                    obj.Remove(key);
                    break;
                case 1:
                    obj[key] = null;
                    break;
                case 2:
                    obj[key] = "wrong type";
                    break;
                case 3:
                    obj[key] = random.Next();
                    break;
                default:
                    obj["unknown" + random.Next(100)] = new JsonArray(1, 2);
                    break;
            }
        }

        return obj.ToJsonString();
    }
}
