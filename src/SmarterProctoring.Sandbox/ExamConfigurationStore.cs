using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Threading;

namespace SmarterProctoring.Sandbox;

/// <summary>
/// The sandbox's exam configurations. Configurations are only ever added or replaced, never removed. Updates
/// validate and replace under one lock, so concurrent <c>PUT</c>s are neither lost nor counted twice.
/// </summary>
internal sealed class ExamConfigurationStore(TimeProvider timeProvider)
{
    private readonly Dictionary<SeededExamConfiguration, StoredExamConfiguration> _configurations = [];
    private readonly Lock _lock = new();
    private long _writeCount;

    public long WriteCount => Interlocked.Read(ref _writeCount);

    public SeededExamConfiguration Add(SeededExamConfiguration sids)
    {
        StoredExamConfiguration seeded = CreateSeed(sids, timeProvider.GetUtcNow());
        lock (_lock)
        {
            if (!_configurations.TryAdd(sids, seeded))
            {
                throw new InvalidOperationException("The sandbox already has this exam configuration.");
            }
        }

        return sids;
    }

    public bool TryGet(SeededExamConfiguration sids, [NotNullWhen(true)] out StoredExamConfiguration? configuration)
    {
        lock (_lock)
        {
            return _configurations.TryGetValue(sids, out configuration);
        }
    }

    /// <summary>
    /// Applies an Update Configuration body to an existing configuration and stores the result, or returns
    /// <see langword="false"/> with the validation error and stores nothing.
    /// </summary>
    public bool TryUpdate(
        SeededExamConfiguration sids,
        JsonElement body,
        [NotNullWhen(true)] out StoredExamConfiguration? updated,
        [NotNullWhen(false)] out string? error)
    {
        lock (_lock)
        {
            if (!ExamConfigurationUpdate.TryApply(_configurations[sids], body, timeProvider.GetUtcNow(), out updated, out error))
            {
                return false;
            }

            _configurations[sids] = updated;
            Interlocked.Increment(ref _writeCount);
            return true;
        }
    }

    /// <summary>A configuration as an instructor might plausibly have left it: a calculator and scratch paper allowed.</summary>
    private static StoredExamConfiguration CreateSeed(SeededExamConfiguration sids, DateTimeOffset now)
    {
        var items = new PermittedItem[PermittedItem.Names.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = PermittedItem.Names[i] switch
            {
                "BlankPaper" => new PermittedItem(true, "One blank sheet, shown to the webcam before starting."),
                "Calculator" => new PermittedItem(true, "Basic four-function calculator only."),
                _ => new PermittedItem(false, null),
            };
        }

        return new StoredExamConfiguration
        {
            Sids = sids,
            InstructorAsProctor = ParseJson("[]"),
            PermittedItems = items,
            Duration = 60,
            Attempts = 1,
            ModalityOptions = ParseJson("""{"recordScreen":true,"recordWebcam":true,"recordAudio":true,"verifyId":true,"roomScan":false}"""),
            CreatedDate = now,
            EditDate = now,
        };
    }

    private static JsonElement ParseJson(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
