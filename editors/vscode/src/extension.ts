// Starts `newslint lsp` for Markdown and plain text and restarts it when its settings change.
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

import { Settings, serverCommand } from "./command";

let client: LanguageClient | undefined;

function settings(): Settings {
  const cfg = vscode.workspace.getConfiguration("newslint");
  return {
    path: cfg.get<string>("path") || "newslint",
    args: cfg.get<string[]>("args") ?? ["lsp"],
    config: cfg.get<string>("config") ?? "",
  };
}

async function start(): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const { command, args } = serverCommand(settings(), root);
  const server: ServerOptions = { command, args, transport: TransportKind.stdio };
  const options: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
      { scheme: "untitled", language: "plaintext" },
    ],
  };
  client = new LanguageClient("newslint", "newslint", server, options);
  try {
    await client.start();
  } catch (err) {
    client = undefined;
    const shown = [command, ...args].join(" ");
    void vscode.window.showErrorMessage(
      `newslint: could not start "${shown}" (${err}). Install newslint with ` +
        `pip install 'newslint[lsp]', or set newslint.path.`,
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand("newslint.restart", async () => {
      await stop();
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("newslint")) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

export function deactivate(): Promise<void> {
  return stop();
}
