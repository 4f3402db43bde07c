import "./associations.css";
/** An association's logo, or its initial on a plain square so every card keeps its shape. */
export function Logo({ url, name, size = "small" }: { url: string | null; name: string; size?: "small" | "large" }) {
  if (url) return <img class={`logo logo-${size}`} src={url} alt="" loading="lazy" decoding="async" />;
  return (
    <span class={`logo logo-${size} logo-empty`} aria-hidden="true">
      {[...name.replace(/^جمعية\s+/, "")][0] ?? ""}
    </span>
  );
}
