namespace ComplaintsHub.Core.Letters;

public enum LetterBlockKind
{
    Paragraph,
    Heading,
    Subheading,
    Bullet,
    Table,
}
