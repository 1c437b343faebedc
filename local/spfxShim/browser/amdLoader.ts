// A minimal AMD loader, enough for the SPFx release bundle: `define(id?, deps, factory)` from
// scripts added as <script> elements (so webpack's public-path plugin finds its own script and
// loads the lazy chunks from the same base), modules registered by the shim (the SPFx
// contracts), and `require`/`exports`/`module` as dependencies. Real SharePoint uses its own
// loader (sp-loader); this one only resolves what the web part's manifest names.

type Factory = (...args: unknown[]) => unknown;

interface Definition {
  deps: string[];
  factory: Factory | unknown;
}

export class AmdLoader {
  private readonly modules = new Map<string, Promise<unknown>>();
  private readonly named = new Map<string, Definition>();
  /** What the script being executed defined (anonymous or named): taken in its load event. */
  private lastDefined: Definition | undefined;

  /** `paths`: module id to script URL, for modules loaded from a script (the manifest's scriptResources). */
  public constructor(private readonly paths: ReadonlyMap<string, string>) {}

  /** The global `define`, as AMD scripts call it. */
  public readonly define = (idOrDeps: unknown, depsOrFactory?: unknown, maybeFactory?: unknown): void => {
    let id: string | undefined;
    let deps: string[] = [];
    let factory: unknown;
    if (typeof idOrDeps === 'string') {
      id = idOrDeps;
      if (Array.isArray(depsOrFactory)) {
        deps = depsOrFactory as string[];
        factory = maybeFactory;
      } else factory = depsOrFactory;
    } else if (Array.isArray(idOrDeps)) {
      deps = idOrDeps as string[];
      factory = depsOrFactory;
    } else factory = idOrDeps;
    const definition = { deps, factory };
    if (id) this.named.set(id, definition);
    this.lastDefined = definition;
  };

  /** A module the host provides (an SPFx contract), by id. */
  public provide(id: string, value: unknown): void {
    this.modules.set(id, Promise.resolve(value));
  }

  public load(id: string): Promise<unknown> {
    const known = this.modules.get(id);
    if (known) return known;
    const loading = this.fetchAndDefine(id);
    this.modules.set(id, loading);
    return loading;
  }

  private async fetchAndDefine(id: string): Promise<unknown> {
    const url = this.paths.get(id);
    if (!url)
      throw new Error(`The SPFx shim cannot resolve the module "${id}": it is neither provided nor in the manifest's scriptResources.`);
    // Taken in the script's load event, which follows its execution with no other script between.
    const definition = await addScript(url, () => {
      const defined = this.named.get(id) ?? this.lastDefined;
      this.lastDefined = undefined;
      return defined;
    });
    if (!definition) throw new Error(`The script ${url} defined no AMD module for "${id}".`);
    return this.instantiate(definition);
  }

  private async instantiate(definition: Definition): Promise<unknown> {
    const module = { exports: {} as Record<string, unknown> };
    const args = await Promise.all(
      definition.deps.map((dep) => {
        if (dep === 'exports') return module.exports;
        if (dep === 'module') return module;
        if (dep === 'require')
          return (ids: string[], done: Factory): void => {
            Promise.all(ids.map((one) => this.load(one)))
              .then((values) => done(...values))
              .catch((error: unknown) => console.error(error));
          };
        return this.load(dep);
      })
    );
    const result = typeof definition.factory === 'function' ? (definition.factory as Factory)(...args) : definition.factory;
    return result !== undefined ? result : module.exports;
  }
}

function addScript<T>(url: string, defined: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.onload = () => resolve(defined());
    script.onerror = () => reject(new Error(`The script ${url} could not be loaded.`));
    document.head.appendChild(script);
  });
}
