using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using SmarterProctoring.Declarative;

namespace SmarterProctoring.Client;

/// <summary>
/// The body of <see cref="IExamConfigurationsApi.UpdateAsync"/>. Members marked <c>required</c> are always sent,
/// even when their value is null, as the API requires; the others are left out of the JSON when null.
/// </summary>
public sealed record UpdateExamConfigurationRequest
{
    /// <summary>The instructors who proctor the exam themselves (may be empty, never left out).</summary>
    public required IReadOnlyList<InstructorAsProctor> InstructorAsProctor { get; init; }

    /// <summary>Whether a bathroom break is permitted.</summary>
    public required bool PermittedBathroomBreak { get; init; }

    /// <summary>More about bathroom breaks; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedBathroomBreakInformation { get; init; }

    /// <summary>Whether blank paper is permitted.</summary>
    public required bool PermittedBlankPaper { get; init; }

    /// <summary>More about blank paper; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedBlankPaperInformation { get; init; }

    /// <summary>Whether a calculator is permitted.</summary>
    public required bool PermittedCalculator { get; init; }

    /// <summary>More about calculators; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedCalculatorInformation { get; init; }

    /// <summary>Whether a dictionary is permitted.</summary>
    public required bool PermittedDictionary { get; init; }

    /// <summary>More about dictionaries; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedDictionaryInformation { get; init; }

    /// <summary>Whether earplugs are permitted.</summary>
    public required bool PermittedEarplugs { get; init; }

    /// <summary>More about earplugs; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedEarplugsInformation { get; init; }

    /// <summary>Whether a formula sheet is permitted.</summary>
    public required bool PermittedFormulaSheet { get; init; }

    /// <summary>More about formula sheets; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedFormulaSheetInformation { get; init; }

    /// <summary>Whether notes are permitted.</summary>
    public required bool PermittedNotes { get; init; }

    /// <summary>More about notes; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedNotesInformation { get; init; }

    /// <summary>Other permitted items; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedOtherItems { get; init; }

    /// <summary>Whether a textbook is permitted.</summary>
    public required bool PermittedTextbook { get; init; }

    /// <summary>More about textbooks; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedTextbookInformation { get; init; }

    /// <summary>Whether websites are permitted.</summary>
    public required bool PermittedWebsites { get; init; }

    /// <summary>More about websites; sent as null when null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required string? PermittedWebsitesInformation { get; init; }

    /// <summary>When the exam opens; sent in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    [JsonConverter(typeof(UtcTimestampJsonConverter))]
    public DateTimeOffset? ExamOpenDate { get; init; }

    /// <summary>When the exam closes; sent in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    [JsonConverter(typeof(UtcTimestampJsonConverter))]
    public DateTimeOffset? ExamCloseDate { get; init; }

    /// <summary>When scheduling opens; sent in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    [JsonConverter(typeof(UtcTimestampJsonConverter))]
    public DateTimeOffset? ScheduleOpenDate { get; init; }

    /// <summary>When scheduling closes; sent in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    [JsonConverter(typeof(UtcTimestampJsonConverter))]
    public DateTimeOffset? ScheduleCloseDate { get; init; }

    /// <summary>The enrollment (<c>EN…</c>).</summary>
    [Sid("EN")]
    public string? EnrollmentSid { get; init; }

    /// <summary>The exam's URL.</summary>
    public string? Url { get; init; }

    /// <summary>The exam password.</summary>
    public string? Password { get; init; }

    /// <summary>The duration in minutes.</summary>
    public int? Duration { get; init; }

    /// <summary>The number of attempts allowed.</summary>
    public int? Attempts { get; init; }

    /// <summary>Software the student must install.</summary>
    public string? RequiredSoftware { get; init; }

    /// <summary>Notes shown to the student.</summary>
    public string? StudentNotes { get; init; }

    /// <summary>Notes shown to the proctor.</summary>
    public string? ProctorNotes { get; init; }

    /// <summary>The proctor types for the exam (each <c>TS…</c>).</summary>
    [Sid("TS")]
    public IReadOnlyList<string>? ProctorTypes { get; init; }

    /// <summary>The reference configuration (<c>EC…</c>).</summary>
    [Sid("EC")]
    public string? RefConfigSid { get; init; }

    /// <summary>Exam attachments: one to five when present.</summary>
    public IReadOnlyList<ExamAttachment>? Attachments { get; init; }

    /// <summary>The modality options (recording, browser lock-down, identity checks).</summary>
    public ModalityOptions? ModalityOptions { get; init; }

    /// <summary>Names the SIDs the request refers to; the exam password is never shown.</summary>
    public override string ToString() =>
        "UpdateExamConfigurationRequest { EnrollmentSid = " + EnrollmentSid + ", RefConfigSid = " + RefConfigSid
        + ", Password = " + (Password is null ? "(not set)" : "***") + " }";
}

/// <summary>An instructor who proctors the exam, with where and when.</summary>
public sealed record InstructorAsProctor
{
    /// <summary>Where the instructor proctors.</summary>
    public string? Location { get; init; }

    /// <summary>How <see cref="StartTime"/> and <see cref="EndTime"/> are read, for example <c>between</c>.</summary>
    public string? TimeType { get; init; }

    /// <summary>The start time, for example <c>1970-01-01T00:00:00.000Z</c>.</summary>
    public string? StartTime { get; init; }

    /// <summary>The end time.</summary>
    public string? EndTime { get; init; }

    /// <summary>The instructor's SID.</summary>
    public string? Sid { get; init; }

    /// <summary>How many students the instructor can proctor at once.</summary>
    public int? Capacity { get; init; }
}

/// <summary>A file attached to an exam.</summary>
public sealed record ExamAttachment
{
    /// <summary>Where the file is.</summary>
    public string? AttachmentUrl { get; init; }

    /// <summary>The file's title in storage.</summary>
    public string? AttachmentAwsTitle { get; init; }
}

/// <summary>The modality options of an exam; an option left null is not sent.</summary>
public sealed record ModalityOptions
{
    /// <summary>Record the student's screen.</summary>
    public bool? RecordScreen { get; init; }

    /// <summary>Record the student's webcam.</summary>
    public bool? RecordWebcam { get; init; }

    /// <summary>Record audio.</summary>
    public bool? RecordAudio { get; init; }

    /// <summary>Force the exam to full screen.</summary>
    public bool? ForceFullScreen { get; init; }

    /// <summary>Allow only one screen.</summary>
    public bool? OnlyOneScreen { get; init; }

    /// <summary>Prevent opening new tabs.</summary>
    public bool? DisableNewTabs { get; init; }

    /// <summary>Close the tabs that are open.</summary>
    public bool? CloseOpenTabs { get; init; }

    /// <summary>Prevent printing.</summary>
    public bool? DisablePrinting { get; init; }

    /// <summary>Prevent clipboard use.</summary>
    public bool? DisableClipboard { get; init; }

    /// <summary>Prevent the context menu.</summary>
    public bool? DisableRightClick { get; init; }

    /// <summary>Verify the student's identity.</summary>
    public bool? VerifyId { get; init; }

    /// <summary>Require a room scan.</summary>
    public bool? RoomScan { get; init; }
}
