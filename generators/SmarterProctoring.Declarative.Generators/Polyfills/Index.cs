namespace System;

// List patterns (`is [var single]`) need this type, which netstandard2.0 does not have. Only what the compiler
// calls is implemented.
internal readonly struct Index
{
    private readonly int _value;

    public Index(int value, bool fromEnd = false)
    {
        _value = fromEnd ? ~value : value;
    }

    public bool IsFromEnd => _value < 0;

    public int Value => _value < 0 ? ~_value : _value;

    public static implicit operator Index(int value) => new(value);

    public int GetOffset(int length) => IsFromEnd ? length - Value : Value;
}
