using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// One exam configuration as the sandbox keeps it: what the last accepted <c>PUT</c> set (or the seed), plus the
/// SIDs that address it. Immutable, so a reader never sees half of a concurrent update.
/// </summary>
internal sealed record StoredExamConfiguration
{
    public required SeededExamConfiguration Sids { get; init; }

    /// <summary>A JSON array of objects, kept as sent: the reference documents no item schema the server enforces.</summary>
    public required JsonElement InstructorAsProctor { get; init; }

    /// <summary>One entry per <see cref="PermittedItem.Names"/>, in the same order.</summary>
    public required IReadOnlyList<PermittedItem> PermittedItems { get; init; }

    public string? PermittedOtherItems { get; init; }

    public string? ExamOpenDate { get; init; }

    public string? ExamCloseDate { get; init; }

    public string? ScheduleOpenDate { get; init; }

    public string? ScheduleCloseDate { get; init; }

    public string? EnrollmentSid { get; init; }

    public string? Url { get; init; }

    public string? Password { get; init; }

    public int? Duration { get; init; }

    public int? Attempts { get; init; }

    public string? RequiredSoftware { get; init; }

    public string? StudentNotes { get; init; }

    public string? ProctorNotes { get; init; }

    public IReadOnlyList<string> ProctorTypes { get; init; } = [];

    public string? ReferenceExamConfigurationSid { get; init; }

    /// <summary>A JSON array of 1 to 5 objects, kept as sent, or <see langword="null"/> when never set.</summary>
    public JsonElement? Attachments { get; init; }

    /// <summary>A JSON object, kept as sent, or <see langword="null"/> when never set.</summary>
    public JsonElement? ModalityOptions { get; init; }

    public required DateTimeOffset CreatedDate { get; init; }

    public required DateTimeOffset EditDate { get; init; }
}

/// <summary>One of the <c>permitted{Name}</c> booleans with its <c>permitted{Name}Information</c> string.</summary>
internal readonly record struct PermittedItem(bool Permitted, string? Information)
{
    /// <summary>The item names, in the order the API reference lists them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "BathroomBreak",
        "BlankPaper",
        "Calculator",
        "Dictionary",
        "Earplugs",
        "FormulaSheet",
        "Notes",
        "Textbook",
        "Websites",
    ];

    public static string PermittedProperty(string name) => "permitted" + name;

    public static string InformationProperty(string name) => "permitted" + name + "Information";
}
