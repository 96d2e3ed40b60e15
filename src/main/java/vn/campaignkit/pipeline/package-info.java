/** Runs the stages in order — source, model, check, render, derive — into an output sink; build, check and serve share it. */
package vn.campaignkit.pipeline;
