import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { currentSettings } from '../config.js';
import {
  commonDirectory,
  defaultOutDir,
  type ExportPlan,
  exportArguments,
  outcomeOf,
  resolveSettingPath,
} from './plan.js';

interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled `khabar` CLI with the editor's own Node (Electron runs as plain Node with this variable). */
function runCli(cli: string, args: readonly string[], cwd: string, token: vscode.CancellationToken) {
  return new Promise<ProcessResult>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const cancel = token.onCancellationRequested(() => child.kill());
    child.on('error', (error) => {
      cancel.dispose();
      reject(error);
    });
    child.on('close', (code) => {
      cancel.dispose();
      resolve({ code, stdout, stderr });
    });
  });
}

/** The corpus folder: the common folder of the files under the corpus globs, or one the user picks. */
async function chooseCorpus(folder: vscode.WorkspaceFolder): Promise<string | undefined> {
  const globs = currentSettings(folder.uri).corpusGlobs;
  const found = await Promise.all(
    globs.map((glob) =>
      vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), '**/node_modules/**'),
    ),
  );
  const files = found.flat().filter((uri) => uri.scheme === 'file');
  const common = commonDirectory(files.map((uri) => uri.fsPath));
  const picks: (vscode.QuickPickItem & { dir?: string })[] = [];
  if (common) {
    picks.push({
      label: vscode.workspace.asRelativePath(common, false) || common,
      description: `${files.length} articles under the corpus globs`,
      dir: common,
    });
  }
  picks.push({ label: 'Choose a folder…' });
  const pick =
    picks.length === 1
      ? picks[0]
      : await vscode.window.showQuickPick(picks, { title: 'Khabar: corpus to export' });
  if (!pick) return undefined;
  if (pick.dir) return pick.dir;
  const chosen = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    defaultUri: folder.uri,
    openLabel: 'Export this corpus',
  });
  return chosen?.[0]?.fsPath;
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder whose corpus to export' });
}

/** "Khabar: Export Corpus": the exporter on the workspace corpus, with progress, then an offer to open it. */
export async function exportCorpus(cliPath: string, output: vscode.OutputChannel): Promise<void> {
  const folder = await pickFolder();
  if (folder?.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage('Khabar: open a folder that holds your corpus first.');
    return;
  }
  const corpusDir = await chooseCorpus(folder);
  if (!corpusDir) return;
  const settings = currentSettings(folder.uri);
  const root = folder.uri.fsPath;
  const lexicon = resolveSettingPath(root, settings.lexiconPath);
  const plan: ExportPlan = {
    corpusDir,
    outDir: defaultOutDir(root, corpusDir),
    formats: settings.exportFormats,
    lexicon: lexicon && existsSync(lexicon) ? lexicon : null,
    manifest: resolveSettingPath(root, settings.manifestPath),
  };
  const args = exportArguments(plan);
  output.appendLine(`khabar ${args.join(' ')}`);
  const result = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `Khabar: exporting ${vscode.workspace.asRelativePath(corpusDir, false)}`,
      cancellable: true,
    },
    async (progress, token) => {
      progress.report({ message: `tables: ${plan.formats.join(', ')}…` });
      return runCli(cliPath, args, root, token);
    },
  );
  if (result.stdout) output.appendLine(result.stdout.trim());
  if (result.stderr) output.appendLine(result.stderr.trim());
  const outcome = outcomeOf(result.code);
  const outUri = vscode.Uri.file(plan.outDir);
  if (outcome === 'usage' || (outcome !== 'ok' && !existsSync(plan.outDir))) {
    const detail = result.stderr.trim().split('\n').slice(-1)[0] ?? '';
    const choice = await vscode.window.showErrorMessage(`Khabar: the export failed. ${detail}`, 'Show Log');
    if (choice === 'Show Log') output.show();
    return;
  }
  const summary = result.stdout.trim().split('\n').slice(-1)[0] ?? '';
  const message =
    outcome === 'ok'
      ? `Khabar: exported to ${vscode.workspace.asRelativePath(outUri, false)}. ${summary}`
      : `Khabar: exported with problems (see the log). ${summary}`;
  const show = outcome === 'ok' ? vscode.window.showInformationMessage : vscode.window.showWarningMessage;
  const choice = await show(message, 'Open Documents Table', 'Reveal Folder', 'Show Log');
  if (choice === 'Open Documents Table') {
    const csv = vscode.Uri.joinPath(outUri, 'documents.csv');
    await vscode.commands.executeCommand('vscode.open', existsSync(csv.fsPath) ? csv : outUri);
  } else if (choice === 'Reveal Folder') {
    await vscode.commands.executeCommand('revealInExplorer', outUri);
  } else if (choice === 'Show Log') {
    output.show();
  }
}
