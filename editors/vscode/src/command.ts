// The command that starts the language server, from the extension's settings. No `vscode`
// import here, so tests can run it with plain node.
import * as path from "path";

export interface Settings {
  /** The newslint executable (`newslint.path`). */
  path: string;
  /** Its arguments (`newslint.args`), `["lsp"]` by default. */
  args: string[];
  /** A config file for every document (`newslint.config`), or "" to discover one per file. */
  config: string;
}

export interface Command {
  command: string;
  args: string[];
}

/** `settings` as a command line; a relative config path is taken from `root`. */
export function serverCommand(settings: Settings, root?: string): Command {
  const args = [...settings.args];
  let config = settings.config.trim();
  if (config) {
    if (root) {
      config = config.replace(/\$\{workspaceFolder\}/g, root);
      if (!path.isAbsolute(config)) {
        config = path.join(root, config);
      }
    }
    args.push("--config", config);
  }
  return { command: settings.path, args };
}
