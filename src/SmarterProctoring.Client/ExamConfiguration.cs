using System.Collections.Generic;
using System.Text.Json;

namespace SmarterProctoring.Client;

/// <summary>
/// An exam configuration as the server returns it. Almost every field may be null. The fields the API documents
/// only loosely (<see cref="Exam"/>, <see cref="Course"/>, <see cref="Attachments"/>…) are kept as raw JSON, because
/// the server sends a string, an object or an array there depending on the configuration.
/// </summary>
public sealed record ExamConfiguration
{
    /// <summary>The configuration SID (<c>EC…</c>).</summary>
    public string? Sid { get; init; }

    /// <summary>The exam SID (<c>EX…</c>).</summary>
    public string? ExamSid { get; init; }

    /// <summary>The enrollment SID (<c>EN…</c>).</summary>
    public string? EnrollmentSid { get; init; }

    /// <summary>The reference configuration SID (<c>EC…</c>).</summary>
    public string? ReferenceExamConfigurationSid { get; init; }

    /// <summary>The configuration type.</summary>
    public string? Type { get; init; }

    /// <summary>When the exam opens, as the server wrote it.</summary>
    public string? ExamOpenDate { get; init; }

    /// <summary>When the exam closes, as the server wrote it.</summary>
    public string? ExamCloseDate { get; init; }

    /// <summary>When scheduling opens, as the server wrote it.</summary>
    public string? ScheduleOpenDate { get; init; }

    /// <summary>When scheduling closes, as the server wrote it.</summary>
    public string? ScheduleCloseDate { get; init; }

    /// <summary>The exam password.</summary>
    public string? Password { get; init; }

    /// <summary>The exam URL.</summary>
    public string? Url { get; init; }

    /// <summary>The duration in minutes.</summary>
    public double? Duration { get; init; }

    /// <summary>The number of attempts allowed.</summary>
    public double? Attempts { get; init; }

    /// <summary>The number of attempts left.</summary>
    public double? AttemptsRemaining { get; init; }

    /// <summary>Whether the configuration is locked.</summary>
    public bool? Locked { get; init; }

    /// <summary>Whether the configuration is approved.</summary>
    public bool? Approved { get; init; }

    /// <summary>Who approved it.</summary>
    public string? ApprovedBy { get; init; }

    /// <summary>Software the student must install.</summary>
    public string? RequiredSoftware { get; init; }

    /// <summary>Notes shown to the student.</summary>
    public string? StudentNotes { get; init; }

    /// <summary>Whether a bathroom break is permitted.</summary>
    public bool? PermittedBathroomBreak { get; init; }

    /// <summary>More about bathroom breaks.</summary>
    public string? PermittedBathroomBreakInformation { get; init; }

    /// <summary>Whether blank paper is permitted.</summary>
    public bool? PermittedBlankPaper { get; init; }

    /// <summary>More about blank paper.</summary>
    public string? PermittedBlankPaperInformation { get; init; }

    /// <summary>Whether a calculator is permitted.</summary>
    public bool? PermittedCalculator { get; init; }

    /// <summary>More about calculators.</summary>
    public string? PermittedCalculatorInformation { get; init; }

    /// <summary>Whether a dictionary is permitted.</summary>
    public bool? PermittedDictionary { get; init; }

    /// <summary>More about dictionaries.</summary>
    public string? PermittedDictionaryInformation { get; init; }

    /// <summary>Whether earplugs are permitted.</summary>
    public bool? PermittedEarplugs { get; init; }

    /// <summary>More about earplugs.</summary>
    public string? PermittedEarplugsInformation { get; init; }

    /// <summary>Whether a formula sheet is permitted.</summary>
    public bool? PermittedFormulaSheet { get; init; }

    /// <summary>More about formula sheets.</summary>
    public string? PermittedFormulaSheetInformation { get; init; }

    /// <summary>Whether notes are permitted.</summary>
    public bool? PermittedNotes { get; init; }

    /// <summary>More about notes.</summary>
    public string? PermittedNotesInformation { get; init; }

    /// <summary>Other permitted items.</summary>
    public string? PermittedOtherItems { get; init; }

    /// <summary>Whether a textbook is permitted.</summary>
    public bool? PermittedTextbook { get; init; }

    /// <summary>More about textbooks.</summary>
    public string? PermittedTextbookInformation { get; init; }

    /// <summary>Whether websites are permitted.</summary>
    public bool? PermittedWebsites { get; init; }

    /// <summary>More about websites.</summary>
    public string? PermittedWebsitesInformation { get; init; }

    /// <summary>The exam's identifier in the integrated system.</summary>
    public string? ApiExamId { get; init; }

    /// <summary>The exam's synchronisation status.</summary>
    public string? ExamSyncStatus { get; init; }

    /// <summary>The virtual calculator offered.</summary>
    public string? VirtualCalculatorType { get; init; }

    /// <summary>Synchronisation details.</summary>
    public string? Synchronization { get; init; }

    /// <summary>Notes shown to the proctor.</summary>
    public string? ProctorNotes { get; init; }

    /// <summary>The proctor type SIDs (<c>TS…</c>).</summary>
    public IReadOnlyList<string>? ProctorTypes { get; init; }

    /// <summary>The attachments, as the server sent them.</summary>
    public JsonElement? Attachments { get; init; }

    /// <summary>The exam files, as the server sent them.</summary>
    public JsonElement? ExamFiles { get; init; }

    /// <summary>The instructors who proctor, as the server sent them.</summary>
    public JsonElement? InstructorAsProctor { get; init; }

    /// <summary>The associated exam, as the server sent it.</summary>
    public JsonElement? Exam { get; init; }

    /// <summary>The associated course, as the server sent it.</summary>
    public JsonElement? Course { get; init; }

    /// <summary>The associated enrollment, as the server sent it.</summary>
    public JsonElement? Enrollment { get; init; }

    /// <summary>When the configuration was created, as the server wrote it.</summary>
    public string? CreatedDate { get; init; }

    /// <summary>When the configuration was last changed, as the server wrote it.</summary>
    public string? EditDate { get; init; }

    /// <summary>The instructor, as the server sent it.</summary>
    public JsonElement? Instructor { get; init; }

    /// <summary>The modality options, as the server sent them.</summary>
    public JsonElement? ModalityOptions { get; init; }

    /// <summary>The automated sessions the update changed, as the server sent them.</summary>
    public JsonElement? UpdatedAutomatedSessions { get; init; }

    /// <summary>Names the configuration and its exam; the exam password is never shown.</summary>
    public override string ToString() =>
        "ExamConfiguration { Sid = " + Sid + ", ExamSid = " + ExamSid + ", Password = " + (Password is null ? "(not set)" : "***") + " }";
}
