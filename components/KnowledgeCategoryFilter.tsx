/** Browse by category: one toggle per category, and a way back to the ticket's own suggestions. */
export function KnowledgeCategoryFilter({
  categories,
  selected,
  onSelect,
}: {
  categories: string[];
  selected: string | undefined;
  onSelect: (category: string | undefined) => void;
}) {
  return (
    <div class="knowledge-categories" role="group" aria-label="Browse by category">
      <button type="button" aria-pressed={selected === undefined} onClick={() => onSelect(undefined)}>
        For this ticket
      </button>
      {categories.map((category) => (
        <button
          type="button"
          key={category}
          aria-pressed={selected === category}
          onClick={() => onSelect(selected === category ? undefined : category)}
        >
          {category}
        </button>
      ))}
    </div>
  );
}
