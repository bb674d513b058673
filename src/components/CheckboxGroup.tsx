// A fieldset of checkboxes choosing some of a fixed list of options, kept in the list's order.

export function CheckboxGroup<T extends string>({
  legend,
  options,
  labels,
  chosen,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  labels: (option: T) => string;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="tick">
          <input
            type="checkbox"
            checked={chosen.includes(option)}
            // Keep the options' own order whatever order they are ticked in.
            onChange={(event) =>
              onChange(options.filter((entry) => (entry === option ? event.target.checked : chosen.includes(entry))))
            }
          />
          {labels(option)}
        </label>
      ))}
    </fieldset>
  );
}
