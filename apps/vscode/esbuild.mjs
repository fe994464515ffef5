// Placeholder build until the extension lands (issue 7).
console.log('khabar-vscode: nothing to bundle yet');
